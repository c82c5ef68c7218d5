// The data layer of one domain: import it as "@/lib/data/notifications".
export * from "./job-runs";
export * from "./notifications";
export * from "./reminder-text";
export * from "./reminders";
