"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useId, useRef, useState, useTransition } from "react";
import { toast } from "@/components/toast";
import type { ServerAction } from "@/components/forms/server-actions";
import { decimalText } from "@/components/forms/decimal";
import { Button } from "@/components/ui/button";
import type { ValueUnit } from "@/lib/format";
import type { UsualRange } from "@/lib/domain/unusual-value";
import { once } from "@/components/ui/on-demand";

// What saving needs (reading typed numbers, the question about unusual values) comes when the grid
// is first typed into (grid-save.ts).
const loadSave = once(() => import("./grid-save"));
const UnusualCells = lazy(() => loadSave().then((m) => ({ default: m.UnusualCells })));

type Props = {
  org: string;
  channelId: string;
  metrics: { id: string; name: string; unit: ValueUnit; unitLabel: string }[];
  /** The periods, oldest first: each one's first day and its heading, put in words on the server. */
  columns: { date: string; label: string }[];
  values: Record<string, number>;
  /** Periods whose value comes from finer values (days under a week): shown, not typed over. */
  finer: Record<string, FinerCell>;
  /** The route's recordBulkAction, handed down by the page. */
  recordBulk: RecordBulk;
  /** What each column's value covers: a day, the week from its Monday or the month from its 1st. */
  every: "day" | "week" | "month";
};

/** A period's value added up from finer ones, put in words on the server (`text`). */
export type FinerCell = { text: string; from: "day" | "week" | "month"; partial: boolean };

export type RecordBulk = ServerAction<
  { created: number; corrected: number; unchanged: number },
  { org: string; channelId: string; every: "day" | "week" | "month"; cells: string; sure?: "yes" }
>;

const key = (metricId: string, date: string) => `${metricId}|${date}`;

/** One channel's metrics as rows and periods as columns: fill many values, save them in one go. */
export function BulkGrid({ org, channelId, metrics, columns, values, finer, every, recordBulk }: Props) {
  // client messages: measurements, validation, action answers
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [initial] = useState(() => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, decimalText(v, locale)])));
  const [cells, setCells] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // "Er du sikker?": the cells whose value is far outside their series' recent range, until saved anyway or changed.
  const [asked, setAsked] = useState<{ key: string; value: number; range: UsualRange }[]>([]);
  const [pending, start] = useTransition();
  const questionId = useId();
  // The newest period is the last column: open scrolled to it (on a phone only it and the metric names fit).
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth;
  }, []);

  // Cells typed into since the grid opened; what they say is read as the server reads it when they are saved.
  const changed = Object.entries(cells).filter(([k, text]) => text.trim() !== "" && text !== initial[k]);
  const save = (sure = false) =>
    start(async () => {
      const later = await loadSave().catch(() => null);
      if (!later) return void toast.error(t("errors.unexpected"));
      const local: Record<string, string> = {};
      const payload = changed.flatMap(([k, text]) => {
        const value = later.typedNumber(text);
        if (value === null) local[k] = t("validation.number");
        const [metricId = "", date = ""] = k.split("|");
        return value === null ? [] : [{ key: k, metricId, date, value }];
      });
      setErrors(local);
      setAsked([]);
      if (Object.keys(local).length) return void toast.error(t("measurements.grid.fix"));
      const cellsJson = JSON.stringify(payload.map(({ key: _k, ...c }) => c));
      const result = await recordBulk(undefined, { org, channelId, every, cells: cellsJson, ...(sure ? { sure: "yes" as const } : {}) });
      const unusual = payload.flatMap((cell, index) => {
        const range = later.unusualAt(result, index);
        return range ? [{ key: cell.key, value: cell.value, range }] : [];
      });
      if (unusual.length) setAsked(unusual);
      else if (result?.ok) {
        toast.success(t("measurements.grid.saved", { count: result.data.created + result.data.corrected }));
        router.refresh();
      } else if (result) {
        const marked: Record<string, string> = {};
        for (const [field, keys] of Object.entries(result.fieldErrors)) {
          const index = Number(/^items\.(\d+)\./.exec(field)?.[1] ?? /^cells\.(\d+)\./.exec(field)?.[1]);
          const cell = payload[index];
          if (cell) marked[cell.key] = keys.map((k) => t(k)).join(" ");
        }
        setErrors(marked);
        toast.error(t(result.error));
      }
    });

  return (
    <div className="space-y-4">
      <div ref={scroller} className="overflow-x-auto rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
        <table className="w-full min-w-max text-sm">
          <caption className="sr-only">{t("measurements.grid.caption")}</caption>
          <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-900 dark:text-slate-400">
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left font-medium dark:bg-slate-900">
                {t("measurements.grid.metric")}
              </th>
              {columns.map((c) => (
                <th key={c.date} scope="col" className="px-2 py-2 text-right font-medium">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {metrics.map((m) => (
              <tr key={m.id}>
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium dark:bg-slate-900">
                  {m.name} <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">{m.unitLabel}</span>
                </th>
                {columns.map(({ date: d, label: dateLabel }) => {
                  const k = key(m.id, d);
                  const error = errors[k];
                  const unusual = asked.some((a) => a.key === k);
                  const sum = finer[k];
                  if (sum) {
                    const label = t(`measurements.grid.finer.${sum.from === "day" ? "days" : "weeks"}`);
                    return (
                      <td key={d} className="px-1.5 py-1.5 text-right">
                        <span
                          className="grid-sum"
                          title={label}
                          aria-label={`${t("measurements.grid.cell", { metric: m.name, date: dateLabel })}: ${sum.text}, ${label}${sum.partial ? `, ${t("measurements.grid.finer.partial")}` : ""}`}
                        >
                          {sum.text}
                          {sum.partial ? "*" : ""}
                        </span>
                      </td>
                    );
                  }
                  return (
                    <td key={d} className="px-1.5 py-1.5">
                      <input
                        aria-label={t("measurements.grid.cell", { metric: m.name, date: dateLabel })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={unusual ? questionId : undefined}
                        title={error ?? (unusual ? t("measurements.unusual.title") : undefined)}
                        data-cell={k}
                        data-unusual={unusual || undefined}
                        inputMode="decimal"
                        value={cells[k] ?? ""}
                        onChange={(e) => {
                          void loadSave().catch(() => undefined);
                          setCells((c) => ({ ...c, [k]: e.target.value }));
                          setAsked([]);
                        }}
                        className="grid-cell"
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {Object.keys(finer).length ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {t("measurements.grid.finer.note")}
          {Object.values(finer).some((c) => c.partial) ? ` ${t("measurements.grid.finer.partialNote")}` : ""}
        </p>
      ) : null}
      {Object.values(errors).length ? (
        <ul role="alert" className="list-inside list-disc field-error">
          {[...new Set(Object.values(errors))].map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      ) : null}
      {asked.length ? (
        <Suspense>
          <UnusualCells
            id={questionId}
            asked={asked}
            metrics={metrics}
            dateLabel={(date) => columns.find((c) => c.date === date)?.label ?? date}
            pending={pending}
            saveAnyway={() => save(true)}
            change={() => {
              const first = asked[0]?.key;
              setAsked([]);
              scroller.current?.querySelector<HTMLInputElement>(`input[data-cell="${first}"]`)?.select();
            }}
          />
        </Suspense>
      ) : (
        <Button onClick={() => save()} disabled={pending || changed.length === 0}>
          {pending ? t("measurements.grid.saving") : t("measurements.grid.save", { count: changed.length })}
        </Button>
      )}
    </div>
  );
}
