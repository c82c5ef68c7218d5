// The data layer of one domain: import it as "@/lib/data/audit".
export * from "./audit-log";
export * from "./audit";
