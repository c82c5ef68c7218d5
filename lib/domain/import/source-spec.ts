import type { ImportSource } from "./types";
import type { DateFormat } from "./values";

/**
 * One header table per platform: which header names (English and, where the
 * platform localizes them, Norwegian; compared lower-cased) mean which field,
 * and which Målbar series each field feeds. Recognising a file and reading it
 * both come from these tables; parse.ts holds no platform's names.
 */
export type Output =
  | { metric: string; sum: string[] }
  | { metric: string; last: string }
  /** numerator / denominator × scale, each summed first: e.g. open rate = unique opens / deliveries × 100 (percent points; `unit: "nok"` for a cost per something). */
  | { metric: string; ratio: [num: string, den: string]; scale: number; unit?: "nok" }
  /** a rate column averaged with weights: e.g. YouTube's CTR weighted by impressions. */
  | { metric: string; weighted: [rate: string, weight: string]; scale?: number };

export type SourceSpec = {
  source: ImportSource;
  /** Default channel; a `route` may choose another per row. */
  channel: string;
  itemKey: string;
  countBy: "rows" | "days" | "orders";
  fields: Record<string, string[]>;
  /** Fields whose headers must all be present for the file to be this source. */
  required: string[];
  /** At least one of these must be present too (a bare "Date" column proves nothing). */
  anyOf?: string[];
  date: string;
  dateFormat?: DateFormat;
  outputs: Output[];
  notes?: string[];
};
