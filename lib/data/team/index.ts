// The data layer of one domain: import it as "@/lib/data/team".
export * from "./api-tokens";
export * from "./invitation-mail";
export * from "./invitations";
export * from "./onboarding";
export * from "./organizations";
export * from "./team";
