import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { BenchmarkEditor } from "./benchmark-editor";
import type { BenchmarkView } from "./benchmark-view";
import { ResetBenchmarkButton } from "./reset-benchmark-button";

/** A percentage with the note under it; "–" (with the note saying why) when there is none. */
function Figure({ value, note }: { value: string | null; note: string }) {
  return (
    <>
      <span className="bench-value">{value ?? <span aria-hidden>–</span>}</span>
      <span className="bench-note">{note}</span>
    </>
  );
}

function Source({ short, full }: { short: string; full: string }) {
  if (short === full) return <span className="text-slate-700 dark:text-slate-300">{full}</span>;
  // Short in the row; the full text one click away (a title alone is out of reach on touch screens).
  return (
    <details className="group">
      <summary
        className="cursor-pointer list-none text-slate-700 underline decoration-dotted underline-offset-2 marker:hidden dark:text-slate-300"
        title={full}
      >
        {short}
      </summary>
      <p className="mt-1 max-w-xs text-xs text-slate-600 dark:text-slate-400">{full}</p>
    </details>
  );
}

function Benchmark({ row, own }: { row: BenchmarkView; own: string }) {
  return (
    <>
      <span className="bench-value">{row.benchmark}</span>
      {row.overridden ? (
        <span className="mt-1 block">
          <Badge tone="brand">{own}</Badge>
        </span>
      ) : null}
    </>
  );
}

function Controls({ org, row }: { org: string; row: BenchmarkView }) {
  return (
    <div className="flex flex-col items-stretch gap-1">
      <BenchmarkEditor org={org} row={row.editable} />
      {row.canReset ? <ResetBenchmarkButton org={org} metricId={row.metricId} channel={row.label} hasDefault={row.hasDefault} /> : null}
    </div>
  );
}

/**
 * The organization's table beside the team's results, drawn once: a table from
 * md up (scrolling sideways when the columns don't fit), each row a card on a
 * phone (CSS only, `.bench-table` in app/globals.css; a figure's label on the
 * phone is its cell's data-label). The explicit roles keep it a table for
 * screen readers in browsers that drop a table's semantics when its display
 * changes.
 */
export async function BenchmarkTable({ org, rows, canEdit }: { org: string; rows: BenchmarkView[]; canEdit: boolean }) {
  const t = await getTranslations("benchmarks");
  const head = (label: string, align: "left" | "right" = "left"): ReactNode => (
    <th role="columnheader" scope="col" className={align === "right" ? "text-right" : undefined}>
      {label}
    </th>
  );
  return (
    <div className="md:overflow-x-auto">
      <table role="table" className="bench-table">
        <caption className="sr-only">{t("caption")}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {head(t("channel"))}
            {head(t("typicalGoal"))}
            {head(t("uplift"), "right")}
            {head(t("actual"), "right")}
            {head(t("targets"), "right")}
            {head(t("source"))}
            {canEdit ? (
              <th role="columnheader" scope="col" className="w-0">
                <span className="sr-only">{t("actions")}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((r) => (
            <tr role="row" key={r.metricId}>
              <th role="rowheader" scope="row">
                <span>{r.channel}</span>
                {/* "Facebook – Følgere" on one line on a phone; the metric under the channel in the table. */}
                <span aria-hidden className="md:hidden">
                  {" – "}
                </span>
                <span>{r.metric}</span>
              </th>
              <td role="cell" className="bench-goal">
                {r.typicalGoal}
              </td>
              <td role="cell" data-label={t("uplift")} className="bench-figure">
                <span>
                  <Benchmark row={r} own={t("own")} />
                </span>
              </td>
              <td role="cell" data-label={t("actual")} className="bench-figure">
                <span>
                  <Figure value={r.actual} note={r.actualNote} />
                </span>
              </td>
              <td role="cell" data-label={t("targets")} className="bench-figure">
                <span>
                  <Figure value={r.targets} note={r.targetsNote} />
                </span>
              </td>
              <td role="cell" data-label={t("source")} className={canEdit ? "bench-source" : "bench-source max-md:col-span-2"}>
                <Source short={r.sourceShort} full={r.sourceFull} />
              </td>
              {canEdit ? (
                <td role="cell" className="bench-controls">
                  <Controls org={org} row={r} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
