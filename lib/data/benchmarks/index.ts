// The data layer of one domain: import it as "@/lib/data/benchmarks".
export * from "./benchmark-for";
export * from "./benchmarks";
export * from "./catalog";
export * from "./channel-page";
export * from "./own-channels";
