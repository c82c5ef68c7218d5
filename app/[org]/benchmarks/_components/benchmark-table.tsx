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
      <span className="text-base font-semibold tabular-nums">{value ?? <span aria-hidden>–</span>}</span>
      <span className="mt-0.5 block text-xs font-normal text-slate-600 dark:text-slate-400">{note}</span>
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
      <span className="text-base font-semibold tabular-nums">{row.benchmark}</span>
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
 * The organization's table beside the team's results: a table from md up
 * (scrolling sideways when the columns don't fit), cards on a phone.
 */
export async function BenchmarkTable({ org, rows, canEdit }: { org: string; rows: BenchmarkView[]; canEdit: boolean }) {
  const t = await getTranslations("benchmarks");
  const head = (label: string, align: "left" | "right" = "left"): ReactNode => (
    <th scope="col" className={`px-3 py-3 font-medium ${align === "right" ? "text-right" : ""}`}>
      {label}
    </th>
  );
  return (
    <>
      <div className="hidden overflow-x-auto md:block">
        <table className="w-full min-w-[52rem] text-left text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              {head(t("channel"))}
              {head(t("typicalGoal"))}
              {head(t("uplift"), "right")}
              {head(t("actual"), "right")}
              {head(t("targets"), "right")}
              {head(t("source"))}
              {canEdit ? (
                <th scope="col" className="w-0 px-3 py-3">
                  <span className="sr-only">{t("actions")}</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((r) => (
              <tr key={r.metricId} className="align-top">
                <th scope="row" className="px-3 py-3 font-medium">
                  <span>{r.channel}</span>
                  <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{r.metric}</span>
                </th>
                <td className="max-w-[14rem] px-3 py-3 text-slate-700 dark:text-slate-300">{r.typicalGoal}</td>
                <td className="px-3 py-3 text-right">
                  <Benchmark row={r} own={t("own")} />
                </td>
                <td className="px-3 py-3 text-right">
                  <Figure value={r.actual} note={r.actualNote} />
                </td>
                <td className="px-3 py-3 text-right">
                  <Figure value={r.targets} note={r.targetsNote} />
                </td>
                <td className="max-w-[11rem] px-3 py-3 text-xs">
                  <Source short={r.sourceShort} full={r.sourceFull} />
                </td>
                {canEdit ? (
                  <td className="px-3 py-2">
                    <Controls org={org} row={r} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="divide-y divide-slate-200 md:hidden dark:divide-slate-800">
        {rows.map((r) => (
          <li key={r.metricId} className="px-4 py-4">
            <h3 className="font-semibold">
              <span>{r.channel}</span> <span className="font-normal text-slate-600 dark:text-slate-400">– {r.metric}</span>
            </h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">{r.typicalGoal}</p>
            <dl className="mt-3 divide-y divide-slate-100 rounded-lg bg-slate-50 px-3 text-sm dark:divide-slate-800 dark:bg-slate-800/50">
              {(
                [
                  [t("uplift"), r.benchmark, r.overridden ? t("own") : null],
                  [t("actual"), r.actual, r.actualNote],
                  [t("targets"), r.targets, r.targetsNote],
                ] as const
              ).map(([label, value, note], i) => (
                <div key={label} className="flex items-start justify-between gap-3 py-2">
                  <dt>
                    {label}
                    {note && i > 0 ? <span className="block text-xs text-slate-600 dark:text-slate-400">{note}</span> : null}
                    {note && i === 0 ? (
                      <span className="mt-1 block">
                        <Badge tone="brand">{note}</Badge>
                      </span>
                    ) : null}
                  </dt>
                  <dd className="text-base font-semibold tabular-nums">{value ?? <span aria-hidden>–</span>}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-3 flex items-end justify-between gap-3">
              <div className="min-w-0 text-xs">
                <span className="block text-slate-600 dark:text-slate-400">{t("source")}</span>
                <Source short={r.sourceShort} full={r.sourceFull} />
              </div>
              {canEdit ? <Controls org={org} row={r} /> : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
