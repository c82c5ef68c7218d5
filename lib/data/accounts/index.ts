// The data layer of one domain: import it as "@/lib/data/accounts".
export * from "./accounts";
export * from "./email-verification";
export * from "./login-alerts";
export * from "./login-attempts";
export * from "./mail-requests";
export * from "./one-time-tokens";
export * from "./password-reset";
export * from "./retention";
export * from "./sessions";
export * from "./users";
