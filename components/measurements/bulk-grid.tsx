"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { toast } from "@/components/toast";
import type { ServerAction } from "@/components/forms/server-actions";
import { decimalText } from "@/components/forms/decimal";
import { typedNumber } from "@/lib/domain/decimal-input";
import { Button } from "@/components/ui/button";
import { formatDate, formatValue, type ValueUnit } from "@/lib/format";
import type { UsualRange } from "@/lib/domain/unusual-value";
import { UnusualQuestion, unusualAt, useUsualSentence } from "./unusual-question";

type Props = {
  org: string;
  channelId: string;
  metrics: { id: string; name: string; unit: ValueUnit; unitLabel: string }[];
  dates: string[];
  values: Record<string, number>;
  /** Periods whose value comes from finer values (days under a week): shown, not typed over. */
  finer: Record<string, FinerCell>;
  /** The route's recordBulkAction, handed down by the page. */
  recordBulk: RecordBulk;
  /** What each column's value covers: a day, the week from its Monday or the month from its 1st. */
  every: "day" | "week" | "month";
};

export type FinerCell = { value: number; from: "day" | "week" | "month"; partial: boolean };

export type RecordBulk = ServerAction<
  { created: number; corrected: number; unchanged: number },
  { org: string; channelId: string; every: "day" | "week" | "month"; cells: string; sure?: "yes" }
>;

const key = (metricId: string, date: string) => `${metricId}|${date}`;

/** One channel's metrics as rows and periods as columns: fill many values, save them in one go. */
export function BulkGrid({ org, channelId, metrics, dates, values, finer, every, recordBulk }: Props) {
  // client messages: measurements, validation, action answers
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const initial = () => Object.fromEntries(Object.entries(values).map(([k, v]) => [k, decimalText(v, locale)]));
  const [cells, setCells] = useState<Record<string, string>>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  // "Er du sikker?": the cells whose value is far outside their series' recent range, until saved anyway or changed.
  const [asked, setAsked] = useState<{ key: string; value: number; range: UsualRange }[]>([]);
  const [pending, start] = useTransition();
  const questionId = useId();
  const usualSentence = useUsualSentence();
  // The newest period is the last column: open scrolled to it (on a phone only it and the metric names fit).
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth;
  }, []);

  const changed = Object.entries(cells).filter(([k, text]) => text.trim() !== "" && typedNumber(text) !== values[k]);
  const save = (sure = false) =>
    start(async () => {
      const local: Record<string, string> = {};
      const payload = changed.flatMap(([k, text]) => {
        const value = typedNumber(text);
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
        const range = unusualAt(result, index);
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
              {dates.map((d) => (
                <th key={d} scope="col" className="px-2 py-2 text-right font-medium">
                  {formatDate(locale, d)}
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
                {dates.map((d) => {
                  const k = key(m.id, d);
                  const error = errors[k];
                  const unusual = asked.some((a) => a.key === k);
                  const sum = finer[k];
                  if (sum) {
                    const label = t(`measurements.grid.finer.${sum.from === "day" ? "days" : "weeks"}`);
                    return (
                      <td key={d} className="px-1.5 py-1.5 text-right">
                        <span
                          className="inline-block w-24 rounded-md bg-slate-100 px-2 py-1.5 tabular-nums dark:bg-slate-800"
                          title={label}
                          aria-label={`${t("measurements.grid.cell", { metric: m.name, date: formatDate(locale, d) })}: ${formatValue(locale, m.unit, sum.value)}, ${label}${sum.partial ? `, ${t("measurements.grid.finer.partial")}` : ""}`}
                        >
                          {formatValue(locale, m.unit, sum.value)}
                          {sum.partial ? "*" : ""}
                        </span>
                      </td>
                    );
                  }
                  return (
                    <td key={d} className="px-1.5 py-1.5">
                      <input
                        aria-label={t("measurements.grid.cell", { metric: m.name, date: formatDate(locale, d) })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={unusual ? questionId : undefined}
                        title={error ?? (unusual ? t("measurements.unusual.title") : undefined)}
                        data-cell={k}
                        data-unusual={unusual || undefined}
                        inputMode="decimal"
                        value={cells[k] ?? ""}
                        onChange={(e) => {
                          setCells((c) => ({ ...c, [k]: e.target.value }));
                          setAsked([]);
                        }}
                        className="w-24 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-right tabular-nums data-[unusual=true]:border-amber-500 data-[unusual=true]:bg-amber-50 aria-[invalid=true]:border-red-600 aria-[invalid=true]:bg-red-50 dark:border-slate-700 dark:bg-slate-950 dark:data-[unusual=true]:bg-amber-950"
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
        <UnusualQuestion
          id={questionId}
          saveAnyway={
            <Button onClick={() => save(true)} disabled={pending}>
              {pending ? t("measurements.grid.saving") : t("measurements.unusual.saveAnyway")}
            </Button>
          }
          onChange={() => {
            const first = asked[0]?.key;
            setAsked([]);
            scroller.current?.querySelector<HTMLInputElement>(`input[data-cell="${first}"]`)?.select();
          }}
        >
          <p>{t("measurements.unusual.cells", { count: asked.length })}</p>
          <ul className="mt-1 list-inside list-disc">
            {asked.map((a) => {
              const [metricId, date = ""] = a.key.split("|");
              const metric = metrics.find((m) => m.id === metricId);
              if (!metric) return null;
              return (
                <li key={a.key}>
                  {t("measurements.unusual.cell", {
                    metric: metric.name,
                    date: formatDate(locale, date),
                    value: formatValue(locale, metric.unit, a.value),
                  })}{" "}
                  {usualSentence(metric.unit, a.range)}
                </li>
              );
            })}
          </ul>
        </UnusualQuestion>
      ) : (
        <Button onClick={() => save()} disabled={pending || changed.length === 0}>
          {pending ? t("measurements.grid.saving") : t("measurements.grid.save", { count: changed.length })}
        </Button>
      )}
    </div>
  );
}
