// The data layer of one domain: import it as "@/lib/data/measurements".
export * from "./api-ingest";
export * from "./measurements";
export * from "./series";
export * from "./history";
export * from "./unusual";
