export * from "./account-deletion";
export * from "./org-deletion";
export * from "./org-export";
