export * from "./types";
export { readGrid, readRows, UnreadableFileError } from "./grid";
export { firstFilled, type Rows, take } from "./rows";
export { parseImport } from "./parse";
export { newMetricShape } from "./outputs";
export { applyMapping, guessMapping, headerSignature, mappingProblem, signatureCells } from "./mapping";
