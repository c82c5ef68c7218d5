// The floor app's own config: Next's defaults, except that its pages end in
// .floor.tsx. Turbopack also picks up proxy.ts and instrumentation.ts from the
// folder above (Målbar's, which would make this no floor); with this page
// extension those files are not conventions here, so the floor has neither.
// Without this file Next would find Målbar's next.config.mjs above and use it.
/** @type {import('next').NextConfig} */
const nextConfig = { pageExtensions: ["floor.tsx"] };

export default nextConfig;
