import { compareDates } from "../dates";
import type { SourceSpec } from "./sources";
import type { ParsedImport } from "./types";

/** Small helpers the readers share. */
export const blank = (row: readonly string[]) => row.every((c) => c.trim() === "");

export function summaryOf(spec: SourceSpec, items: number, days: string[]): ParsedImport["summary"] {
  const sorted = days.sort((a, b) => compareDates(a, b));
  return { itemKey: spec.itemKey, items, from: sorted[0] ?? null, to: sorted.at(-1) ?? null };
}
