import { BENCHMARK_SOURCE, BENCHMARK_SOURCE_INFERRED } from "@/lib/domain/benchmark-source";

type Translate = (key: "short" | "full" | "fullInferred") => string;

const SHORT_SOURCE = 40;

/**
 * A benchmark's source as a reader sees it, `t` being the catalogs'
 * benchmarkSource namespace. Målbar's standard figures are stored with one
 * Norwegian source text (lib/domain/catalog.ts); they are named in plain
 * words in the reader's language. An organization's own source is shown as
 * they wrote it, cut short where space is tight.
 */
export function benchmarkSourceText(source: string, t: Translate): { short: string; full: string; standard: boolean } {
  if (source === BENCHMARK_SOURCE) return { short: t("short"), full: t("full"), standard: true };
  if (source === BENCHMARK_SOURCE_INFERRED) return { short: t("short"), full: t("fullInferred"), standard: true };
  const short = source.length > SHORT_SOURCE ? `${source.slice(0, SHORT_SOURCE - 1).trimEnd()}…` : source;
  return { short, full: source, standard: false };
}
