/**
 * What the bulk grid needs once it is typed into (bulk-grid.tsx fetches it at
 * the first change): the rule that reads typed numbers as the server reads
 * them, and the question it asks about unusual values after a save.
 */
export { typedNumber } from "@/lib/domain/decimal-input";
export { unusualAt } from "./unusual-answer";
export { UnusualCells } from "./unusual-cells";
