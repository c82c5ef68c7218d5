import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pino", "@node-rs/argon2"],
  outputFileTracingExcludes: { "*": [".data/**"] },
  poweredByHeader: false,
  typedRoutes: false,
};

export default withNextIntl(nextConfig);
