/**
 * The one Norwegian source text Målbar's standard benchmark figures are stored
 * with (the source article's table), and the variant for a figure whose
 * channel name the table lost. Their own module: the browser reads these two
 * strings (lib/i18n/benchmark-source.ts) without the channel catalogue.
 */
export const BENCHMARK_SOURCE =
  "Kildeartikkelen: «Hva er effektive markedsføringsmål små bedrifter bør sette for å lykkes?», tabell over estimert økning etter 6 mnd";
export const BENCHMARK_SOURCE_INFERRED = `${BENCHMARK_SOURCE} (kanalnavnet er utledet; det manglet i tabellen)`;
