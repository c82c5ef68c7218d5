export * from "./types";
export { readGrid } from "./grid";
export { parseImport } from "./parse";
export { applyMapping, guessMapping, headerSignature, mappingProblem, signatureCells } from "./mapping";
