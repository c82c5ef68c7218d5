import createNextIntlPlugin from "next-intl/plugin";
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
  // Referrer-Policy, nosniff, Permissions-Policy on every response; the CSP is per request, in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders }];
  },
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
