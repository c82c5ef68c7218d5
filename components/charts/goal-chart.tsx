"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { Link } from "@/components/ui/link";
import { useId, useMemo, useState } from "react";
import { QueryProvider } from "@/components/query-provider";
import type { GoalChartData } from "@/lib/data/goals";
import type { ChartRange } from "@/lib/domain/goal-paths";
import type { Unit } from "@/lib/domain/goal-types";
import { formatDate, formatForecast, formatShare, formatValue } from "@/lib/format";
import { benchmarkSourceText } from "@/lib/i18n/benchmark-source";
import { ChartFrame, ChartPlaceholder } from "./chart-frame";
import type { ChartLine } from "./line-chart";
import { LineLegend } from "./line-legend";
import { RangeSwitch } from "./range-switch";
import type { ChartMarker } from "./chart-markers";
import { noteWhen } from "./note-when";
import { noteOverlaps } from "@/lib/domain/chart-notes";

// chart.js is fetched only when a chart is on screen, never in a page's first bundle.
const LineChart = dynamic(() => import("./line-chart"), { ssr: false, loading: () => <ChartPlaceholder /> });

async function fetchChart(org: string, goalId: string, range: ChartRange, signal: AbortSignal): Promise<GoalChartData> {
  const response = await fetch(`/api/orgs/${encodeURIComponent(org)}/goals/${encodeURIComponent(goalId)}/chart?range=${range}`, { signal });
  if (!response.ok) throw new Error(`chart ${response.status}`);
  return (await response.json()) as GoalChartData;
}

/** The milestones on a milestone path: its points between the baseline and the target. */
function milestonesOf(d: GoalChartData) {
  return d.path.kind === "milestones" ? d.target.slice(1, -1) : [];
}

/**
 * A goal's measurements beside its target path, the benchmark's pace and the
 * trend's forecast, with a range switch and the same numbers as a table.
 * `revision` changes when the page's data does (a value was just recorded),
 * so the chart refetches rather than showing what it loaded before.
 */
export function GoalChart(props: GoalChartProps) {
  return (
    <QueryProvider>
      <GoalChartView {...props} />
    </QueryProvider>
  );
}

type GoalChartProps = { org: string; goalId: string; unit: Unit; revision?: string };

function GoalChartView({ org, goalId, unit, revision = "" }: GoalChartProps) {
  const t = useTranslations("charts");
  const tSource = useTranslations("benchmarkSource");
  const locale = useLocale();
  const name = useId();
  const [range, setRange] = useState<ChartRange>("all");
  const query = useQuery({
    queryKey: ["goal-chart", org, goalId, range, revision],
    queryFn: ({ signal }) => fetchChart(org, goalId, range, signal),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const value = (v: number) => formatValue(locale, data?.unit ?? unit, v, data?.kind);
  const rounded = (v: number) => formatForecast(locale, data?.unit ?? unit, v, data?.kind);
  const date = (d: string) => formatDate(locale, d);

  // What the canvas shows, in words: its aria-label.
  function describe(d: GoalChartData): string {
    const latest = d.measurements.at(-1);
    const parts = [t("aria.chart", { from: date(d.from), to: date(d.to) })];
    parts.push(
      latest ? t("aria.measurements", { count: d.measurements.length, latest: value(latest.value), date: date(latest.date) }) : t("empty"),
    );
    parts.push(t(`per.${d.period}`));
    if (d.partial) parts.push(t(`aria.partial.${d.period}`, { value: value(d.partial.value) }));
    const target = d.target.at(-1);
    if (target) parts.push(t("aria.target", { target: value(target.value), deadline: date(target.date) }));
    const milestones = milestonesOf(d);
    if (milestones.length)
      parts.push(
        t("aria.milestones", {
          list: milestones.map((m) => t("aria.milestone", { value: value(m.value), date: date(m.date) })).join(", "),
        }),
      );
    const f = d.forecastAt;
    if (f) parts.push(t("aria.forecast", { value: rounded(f.likely), low: rounded(f.low), high: rounded(f.high) }));
    const benchmark = d.benchmark?.at(-1);
    if (benchmark) parts.push(t("aria.benchmark", { value: value(benchmark.value) }));
    const marked = d.notes.filter((n) => noteOverlaps(n, d.from, d.to)).length;
    if (marked) parts.push(t("aria.notes", { count: marked }));
    return parts.join(" ");
  }
  const summary = data ? describe(data) : "";

  const lines = useMemo(() => {
    const list: ChartLine[] = [];
    if (!data) return list;
    list.push({ kind: "measurements", label: `${t("series.measurements")} (${t(`per.${data.period}`)})`, points: data.measurements });
    if (data.partial) {
      const last = data.measurements.at(-1);
      list.push({ kind: "partial", label: t(`series.partial.${data.period}`), points: last ? [last, data.partial] : [data.partial] });
    }
    if (data.target.length)
      list.push({
        kind: "target",
        label: t(`series.targetPath.${data.path.kind}`),
        points: data.target,
        dots: data.path.kind === "milestones",
      });
    if (data.benchmark && data.benchmarkUpliftPct != null) {
      list.push({
        kind: "benchmark",
        label: t("series.benchmark", { uplift: formatShare(locale, data.benchmarkUpliftPct / 100), direction: data.direction }),
        points: data.benchmark,
      });
    }
    if (data.forecastBand) {
      // The band's lower edge, then its upper edge filled down to it.
      list.push({ kind: "range", label: t("series.range"), points: data.forecastBand.low });
      list.push({ kind: "range", label: t("series.range"), points: data.forecastBand.high, fillToPrevious: true });
    }
    if (data.forecast) list.push({ kind: "forecast", label: t("series.forecast"), points: data.forecast });
    return list;
  }, [data, locale, t]);
  // Campaign notes, numbered as in the notes list: a marker each, named in full for screen readers.
  const markers = useMemo<ChartMarker[]>(
    () =>
      (data?.notes ?? [])
        .map((n, i) => ({
          id: n.id,
          number: i + 1,
          startsOn: n.startsOn,
          endsOn: n.endsOn,
          label: t("marker", { number: i + 1, when: noteWhen(locale, n), body: n.body }),
        }))
        .filter((m) => data && noteOverlaps(m, data.from, data.to)),
    [data, locale, t],
  );
  // One legend entry per kind: the band's two edges are one range.
  const legend = lines.filter((line) => !line.fillToPrevious);

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <RangeSwitch name={name} value={range} onChange={setRange} />
        <p className="text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
          {query.isFetching ? t("loading") : ""}
        </p>
      </div>
      {query.isError && !data ? (
        <div role="alert" className="flex flex-wrap items-center gap-3 field-error">
          {t("error")}
          <button type="button" onClick={() => void query.refetch()} className="font-medium underline underline-offset-2">
            {t("retry")}
          </button>
        </div>
      ) : (
        <ChartFrame busy={query.isFetching}>
          {data ? (
            <LineChart
              lines={lines}
              unit={data.unit}
              kind={data.kind}
              from={data.from}
              to={data.to}
              ariaLabel={summary}
              markers={markers}
            />
          ) : (
            <ChartPlaceholder />
          )}
        </ChartFrame>
      )}
      {data ? (
        <>
          <LineLegend items={legend} />
          {data.measurements.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p> : null}
          {data.benchmarkUpliftPct != null && data.source ? (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {t("benchmarkNote", {
                uplift: formatShare(locale, data.benchmarkUpliftPct / 100),
                direction: data.direction,
                source: benchmarkSourceText(data.source, (k) => tSource(k)).short,
              })}{" "}
              <Link href={`/${org}/benchmarks#where-figures-come-from`} className="underline underline-offset-2">
                {tSource("where")}
              </Link>
            </p>
          ) : null}
          <details className="group text-sm">
            <summary className="cursor-pointer font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
              {t("table.show")}
            </summary>
            <table className="mt-3 w-full max-w-md text-sm">
              <caption className="sr-only">{t("table.caption", { from: date(data.from), to: date(data.to) })}</caption>
              <thead className="text-left text-xs text-slate-600 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-1.5 font-medium">
                    {t(`table.period.${data.period}`)}
                  </th>
                  <th scope="col" className="py-1.5 text-right font-medium">
                    {t("table.value")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {data.measurements.map((p) => (
                  <tr key={p.date}>
                    <td className="py-1.5 text-slate-700 dark:text-slate-300">{date(p.date)}</td>
                    <td className="py-1.5 text-right font-medium tabular-nums">{value(p.value)}</td>
                  </tr>
                ))}
                {data.partial ? (
                  <tr>
                    <td className="py-1.5 text-slate-700 dark:text-slate-300">
                      {date(data.partial.date)} {t("table.soFar")}
                    </td>
                    <td className="py-1.5 text-right font-medium text-slate-600 tabular-nums dark:text-slate-400">
                      {value(data.partial.value)}
                    </td>
                  </tr>
                ) : null}
                {milestonesOf(data).map((m) => (
                  <tr key={`milestone-${m.date}`}>
                    <td className="py-1.5 text-slate-700 dark:text-slate-300">{t("table.milestone", { date: date(m.date) })}</td>
                    <td className="py-1.5 text-right font-medium tabular-nums">{value(m.value)}</td>
                  </tr>
                ))}
                {data.forecastAt && data.forecast ? (
                  <tr>
                    <td className="py-1.5 text-slate-700 dark:text-slate-300">
                      {t("table.forecast")} ({date(data.forecast.at(-1)!.date)})
                    </td>
                    <td className="py-1.5 text-right font-medium text-violet-700 tabular-nums dark:text-violet-300">
                      {t("table.forecastValue", { low: rounded(data.forecastAt.low), high: rounded(data.forecastAt.high) })}
                    </td>
                  </tr>
                ) : null}
                {markers.map((m) => (
                  <tr key={m.id}>
                    <td className="py-1.5 text-slate-700 dark:text-slate-300">
                      {t("table.note", { number: m.number })} ({noteWhen(locale, m)})
                    </td>
                    <td className="py-1.5 text-right break-words">{data.notes[m.number - 1]?.body}</td>
                  </tr>
                ))}
                {data.measurements.length === 0 && !data.partial ? (
                  <tr>
                    <td colSpan={2} className="py-1.5 text-slate-600 dark:text-slate-400">
                      {t("empty")}
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </details>
        </>
      ) : null}
    </div>
  );
}
