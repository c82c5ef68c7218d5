import type { SnapshotSource } from "@/db/schema";

type Translate = (key: string, values?: Record<string, string>) => string;

/** "Fil: uke-47.csv", "API-nøkkel: Nettbutikken", or the source's plain name when no detail was kept. */
export function sourceLabel(t: Translate, source: SnapshotSource, detail: string | null): string {
  if (detail && source === "csv") return t("source.fileNamed", { name: detail });
  if (detail && source === "api") return t("source.tokenNamed", { name: detail });
  return t(`source.${source}`);
}
