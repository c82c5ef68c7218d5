// The data layer of one domain: import it as "@/lib/data/reviews".
export * from "./review-activity";
export * from "./review-agenda";
export * from "./review-budget-moves";
export * from "./review-close";
export * from "./review-decisions";
export * from "./review-minutes";
export * from "./reviews";
