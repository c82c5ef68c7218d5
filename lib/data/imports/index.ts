// The data layer of one domain: import it as "@/lib/data/imports".
export * from "./commit";
export * from "./file-import";
export * from "./plan-schema";
export * from "./presets";
export * from "./undo";
