import { SNAPSHOT_SOURCES } from "@/lib/domain/measurements";
import { dateProblem } from "@/lib/domain/dates";
import type { HistoryFilter } from "@/lib/data/measurements";

export type HistorySearchParams = Record<
  "channel" | "metric" | "from" | "to" | "source" | "person" | "page",
  string | string[] | undefined
>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** The history's filters from the URL; what cannot be read is left out (and named, so the page can say so). */
export function parseHistoryQuery(params: Partial<HistorySearchParams>): { filter: HistoryFilter; invalid: string[] } {
  const filter: HistoryFilter = {};
  const invalid: string[] = [];
  const id = (name: "channel" | "metric" | "person", key: "channelId" | "metricId" | "personId") => {
    const v = one(params[name]);
    if (v && UUID.test(v)) filter[key] = v;
    else if (v) invalid.push(name);
  };
  id("channel", "channelId");
  id("metric", "metricId");
  id("person", "personId");
  for (const name of ["from", "to"] as const) {
    const v = one(params[name]);
    if (v && !dateProblem(v)) filter[name] = v;
    else if (v) invalid.push(name);
  }
  const source = one(params.source);
  if (source && (SNAPSHOT_SOURCES as readonly string[]).includes(source)) filter.source = source as HistoryFilter["source"];
  else if (source) invalid.push("source");
  const page = Number(one(params.page));
  if (Number.isInteger(page) && page > 1 && page <= 100_000) filter.page = page;
  return { filter, invalid };
}

/** The history's URL for a filter and a page. */
export function historyHref(slug: string, filter: HistoryFilter, page = 1): string {
  const q = new URLSearchParams();
  const set = (k: string, v: string | undefined) => v && q.set(k, v);
  set("channel", filter.channelId);
  set("metric", filter.metricId);
  set("from", filter.from);
  set("to", filter.to);
  set("source", filter.source);
  set("person", filter.personId);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return `/${slug}/measurements/history${s ? `?${s}` : ""}`;
}
