import { readFileSync } from "node:fs";
import path from "node:path";
import { parseImport, readRows } from "@/lib/domain/import";
import type { ImportedPoint, ParsedImport } from "@/lib/domain/import";

/** Reads test/fixtures/imports/<file> through readRows and parseImport, as the upload does. */
export async function parseFixture(file: string): Promise<ParsedImport> {
  const bytes = new Uint8Array(readFileSync(path.join(__dirname, "fixtures", "imports", file)));
  return parseImport(await readRows(bytes, path.basename(file)), path.basename(file));
}

/** The series as "date channel metric" → value (plus "@week"/"@month" when not a day), for exact comparison. */
export function series(points: ImportedPoint[]): Record<string, number> {
  return Object.fromEntries(points.map((p) => [`${p.date} ${p.channel} ${p.metric}${p.covers === "day" ? "" : `@${p.covers}`}`, p.value]));
}
