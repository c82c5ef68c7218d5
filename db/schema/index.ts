export * from "./users";
export * from "./organizations";
export * from "./catalog";
export * from "./goals";
export * from "./measurements";
export * from "./imports";
export * from "./reviews";
export * from "./audit";
