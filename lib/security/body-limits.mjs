// Request body limits, shared by next.config.mjs (plain JavaScript) and the
// routes (TypeScript, through body-limits.d.mts), so they cannot drift apart.

/** The largest CSV file the import route takes: 20 MB is about 400,000 rows. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/**
 * What Next buffers for proxy.ts (experimental.proxyClientMaxBodySize). Past it
 * Next does not refuse the request: it silently hands the route the first
 * bytes only. One byte above the largest route limit, so a cut body is always
 * longer than any route accepts and is refused there with 413, never imported.
 */
export const PROXY_BODY_LIMIT_BYTES = MAX_UPLOAD_BYTES + 1;
