// The data layer of one domain: import it as "@/lib/data/imports".
export * from "./file-import";
export * from "./presets";
export * from "./undo";
export * from "./plan-schema";
