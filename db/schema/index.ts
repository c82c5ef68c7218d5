export * from "./users";
export * from "./organizations";
export * from "./catalog";
export * from "./goals";
export * from "./measurements";
export * from "./reviews";
export * from "./audit";
