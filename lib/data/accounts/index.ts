// The data layer of one domain: import it as "@/lib/data/accounts".
export * from "./accounts";
export * from "./login-alerts";
export * from "./login-attempts";
export * from "./one-time-tokens";
export * from "./retention";
export * from "./sessions";
export * from "./users";
