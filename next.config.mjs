import { randomUUID } from "node:crypto";
import { PHASE_PRODUCTION_BUILD } from "next/constants.js";
import createNextIntlPlugin from "next-intl/plugin";
import { PROXY_BODY_LIMIT_BYTES } from "./lib/security/body-limits.mjs";
import { staticSecurityHeaders } from "./lib/security/static-headers.mjs";

// Messages are compiled from ICU at build time (next-intl's precompile): the
// browser gets a 1 kB formatter instead of the ~9 kB gzipped ICU parser.
// Formatting is the same; see docs/PERFORMANCE.md.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { format: "json", path: "./messages", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pino", "@node-rs/argon2"],
  outputFileTracingExcludes: { "*": [".data/**"] },
  poweredByHeader: false,
  // Only for `node bench/js-budget.mjs --why`, which reads where each chunk's bytes come from: a build
  // made with MAALBAR_BROWSER_SOURCE_MAPS=1 serves its source maps and is not one to deploy.
  productionBrowserSourceMaps: process.env.MAALBAR_BROWSER_SOURCE_MAPS === "1",
  // Referrer-Policy, nosniff, Permissions-Policy on every response; the CSP is per request, in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders }];
  },
  typedRoutes: false,
  // `npm test` runs tsc over the whole project before it builds and sets this
  // only when that passed; a bare `next build` still checks the types itself.
  typescript: { ignoreBuildErrors: process.env.MAALBAR_BUILD_TYPECHECKED === "1" },
  experimental: {
    // forbidden(): a member who opens a manager page inside their own organization
    // is told they have no access (403), not shown a 404 (lib/auth/page.ts).
    authInterrupts: true,
    // proxy.ts runs on /api/*, so Next buffers request bodies for it and, past
    // this size, passes on only the first bytes (default 10 MB). It must be
    // above the CSV import's own limit; see lib/security/body-limits.mjs.
    // Server actions keep Next's 1 MB bodySizeLimit, far below it.
    proxyClientMaxBodySize: PROXY_BODY_LIMIT_BYTES,
  },
};

/**
 * A new id per `next build`, inlined as process.env.MAALBAR_BUILD_ID (lib/build-id.ts): the insight cache's
 * fingerprints include it, so a new build's code never reads what an older build computed. "dev" otherwise.
 */
export default function config(phase) {
  const buildId = phase === PHASE_PRODUCTION_BUILD ? randomUUID() : "dev";
  return withNextIntl({
    ...nextConfig,
    env: { MAALBAR_BUILD_ID: buildId },
    ...(phase === PHASE_PRODUCTION_BUILD ? { generateBuildId: () => buildId } : {}),
  });
}
