export * from "./types";
export { parseNumber, parseDate, type DateFormat } from "./values";
export { readGrid, decodeText, sniffDelimiter, MAX_GRID_ROWS, UnreadableFileError } from "./grid";
export { parseImport } from "./parse";
export { guessMapping, applyMapping } from "./mapping";
export { SOURCE_SPECS, GA4_CHANNEL_GROUPS } from "./sources";
