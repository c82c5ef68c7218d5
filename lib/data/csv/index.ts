// The data layer of one domain: import it as "@/lib/data/csv".
export * from "./csv-encoding";
export * from "./csv-export";
export * from "./csv-import";
export * from "./csv-records";
