export { benchmarkForChannel } from "./benchmark-for";
export { benchmarkComparison, type BenchmarkComparison, benchmarkTable, benchmarkValuesSchema, resetBenchmark, updateBenchmark } from "./benchmarks";
export { addCustomMetric, type CatalogChannel, type CatalogMetric, channelCatalog, findVisibleMetric } from "./catalog";
export { type ChannelMetric, channelPage, SPARKLINE_MONTHS } from "./channel-page";
