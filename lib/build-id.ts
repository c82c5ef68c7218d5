/**
 * The build the server runs: a new id per `next build` (next.config.mjs sets
 * it and inlines it through `env`), "dev" outside a build (next dev, tests,
 * scripts). The insight cache's fingerprints include it, so a new build never
 * serves what an older build's code computed.
 */
export const BUILD_ID = process.env.MAALBAR_BUILD_ID || "dev";
