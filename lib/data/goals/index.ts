// The data layer of one domain: import it as "@/lib/data/goals".
export * from "./dashboard";
export * from "./goal-chart";
export * from "./goal-evaluation";
export * from "./goal-form-data";
export * from "./goal-insights";
export * from "./goal-money";
export * from "./goal-writes";
export * from "./goals";
export * from "./measure-period";
export * from "./objectives";
export * from "./goal-path";
