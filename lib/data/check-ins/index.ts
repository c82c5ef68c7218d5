// The data layer of check-ins: a goal's confidence and the campaign notes on a channel's charts. Import it as "@/lib/data/check-ins".
export * from "./chart-notes";
export * from "./confidence";
