// The data layer of one domain: import it as "@/lib/data/money".
export * from "./budgets";
export * from "./channel-money";
export * from "./channels";
export * from "./costs";
export * from "./economics";
export * from "./money-series";
export * from "./results";
export * from "./settings";
