const nextConfig = { pageExtensions: ["floor.tsx"] };
export default nextConfig;
