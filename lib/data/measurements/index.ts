export { ingestMeasurements, parseSeriesQuery, readSeries } from "./api-ingest";
export { BATCH_SIZE, type MeasurementInput, recordMeasurements, writeMeasurementBatch } from "./measurements";
export { channelValuesOn, hasAnyMeasurement, recentPoints, seriesByKey, seriesPoints } from "./series";
