import type { Covers } from "../series";

export type { Covers };

/** The platforms whose own downloads Målbar reads, plus its own layout and any other spreadsheet (column mapper). */
export const importSources = [
  "maalbar",
  "metaPosts",
  "metaPageDaily",
  "metaAds",
  "ga4",
  "googleAds",
  "mailchimp",
  "linkedinPage",
  "linkedinFollowers",
  "youtube",
  "shopify",
  "mapped",
] as const;
export type ImportSource = (typeof importSources)[number];

/** One value of the series an import produces, already combined per channel, metric and date. */
export type ImportedPoint = {
  /** yyyy-mm-dd: the first day of the period the value covers. */
  date: string;
  covers: Covers;
  /** A catalogue channel key (e.g. "facebook", "website"), proposed from the source; the person confirms it. */
  channel: string;
  /** A catalogue metric key of that channel (e.g. "sessions", "spend"), or "custom:<label>" for a metric the catalogue lacks. */
  metric: string;
  value: number;
};

/** A problem that refuses the whole file: the line (1-based, as a spreadsheet shows it) and a message key with its values. */
export type ImportProblem = { line: number; messageKey: string; values?: Record<string, string | number> };

export type ParsedImport = {
  source: ImportSource;
  /** What was found, for the sentence "Meta Business Suite — Instagram posts, 31 posts, 1 Sep–30 Nov 2026". */
  summary: { itemKey: string; items: number; from: string | null; to: string | null };
  points: ImportedPoint[];
  /** Message keys of things the person should know (e.g. "import.notes.lifetimeTotals"). */
  notes: string[];
  /** Any problem refuses the whole file. */
  problems: ImportProblem[];
};

/** The column mapper's answer for a spreadsheet no preset recognises; saved per organization as a named preset. */
export type ColumnMapping = {
  /** 0-based index of the header row in the grid. */
  headerRow: number;
  dateColumn: number;
  dateFormat: "iso" | "dmy" | "mdy" | "ymdCompact";
  columns: { column: number; channel: string; metric: string; combine: "sum" | "last" }[];
  /** The header row's cells as the file wrote them, kept with a saved preset so it can be edited without the file. */
  header?: string[];
};
