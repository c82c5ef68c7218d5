"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useId, useState } from "react";
import { Alert } from "@/components/ui/alert";
import type { FilePreview } from "@/lib/data/imports";
import type { ColumnMapping } from "@/lib/domain/import/types";

const CONTROL = "control block w-full";
type ColumnChoice = { channel: string; metric: string; combine: "sum" | "last" };
type Catalog = FilePreview["catalog"];
const nameIn = (locale: string, x: { nameNb: string; nameEn: string }) => (locale === "nb" ? x.nameNb : x.nameEn);

/** First guesses for another header row the person picks: the date column is the one named like one, its format read from the first date. */
function guess(head: string[][], headerRow: number) {
  const header = head[headerRow] ?? [];
  const dateColumn = Math.max(
    0,
    header.findIndex((c) => /dat|day|dag|time|tid|created/i.test(c)),
  );
  const sample = (head[headerRow + 1]?.[dateColumn] ?? "").trim();
  const dateFormat: ColumnMapping["dateFormat"] = /^\d{8}$/.test(sample)
    ? "ymdCompact"
    : /^\d{1,2}\/\d{1,2}\/\d{4}/.test(sample)
      ? "mdy"
      : /^\d{1,2}\.\d{1,2}\.\d{4}/.test(sample)
        ? "dmy"
        : "iso";
  return { headerRow, dateColumn, dateFormat, columns: [] } satisfies ColumnMapping;
}

/** A mapping's columns as the form's choices: a metric by the name the person reads (the channel's own metric, or the custom label). */
function choicesOf(mapping: ColumnMapping, catalog: Catalog, locale: string): Record<number, ColumnChoice> {
  return Object.fromEntries(
    mapping.columns.map((c) => {
      const metric = catalog.find((x) => x.key === c.channel)?.metrics.find((m) => m.key === c.metric);
      const label = metric ? nameIn(locale, metric) : c.metric.replace(/^custom:/, "");
      return [c.column, { channel: c.channel, metric: label, combine: c.combine }];
    }),
  );
}

/**
 * The column mapper for a file no platform preset reads, or a saved preset
 * being changed: which row is the header, which column the date and in which
 * format, and for each numeric column its channel, metric and whether a
 * day's rows are summed or the last one kept. `initial` is a saved preset's
 * mapping or the server's guess; `footer` gets the mapping the choices make
 * (null while no column is chosen) and the header it reads.
 */
export function ImportMapper({
  head,
  catalog,
  initial,
  intro,
  fixedHeader = false,
  footer,
}: {
  head: string[][];
  catalog: Catalog;
  initial: ColumnMapping | null;
  intro: string;
  /** Editing a preset without its file: only the saved header row is known. */
  fixedHeader?: boolean;
  footer: (mapping: ColumnMapping | null, header: string[]) => ReactNode;
}) {
  const t = useTranslations("import.mapper");
  const locale = useLocale();
  const id = useId();
  const [first] = useState(() => {
    const headerRow =
      initial?.headerRow ??
      Math.max(
        0,
        head.findIndex((r) => r.filter((c) => c.trim()).length >= 2),
      );
    return initial ?? guess(head, headerRow);
  });
  const [headerRow, setHeaderRow] = useState(first.headerRow);
  const [dateColumn, setDateColumn] = useState(first.dateColumn);
  const [dateFormat, setDateFormat] = useState<ColumnMapping["dateFormat"]>(first.dateFormat);
  const [columns, setColumns] = useState<Record<number, ColumnChoice>>(() => choicesOf(first, catalog, locale));
  const header = head[headerRow] ?? [];
  const sample = head[headerRow + 1] ?? [];
  const label = (i: number) => header[i] || t("columnN", { n: i + 1 });
  const set = (i: number, change: Partial<ColumnChoice>) =>
    setColumns({ ...columns, [i]: { channel: "", metric: header[i] ?? "", combine: "sum", ...columns[i], ...change } });

  // A metric typed by name: the channel's own metric of that name or key, else a new one ("custom:<name>").
  const catalogMetric = (channelKey: string, name: string) => {
    const channel = catalog.find((c) => c.key === channelKey);
    const found = channel?.metrics.find((m) => [m.key, m.nameNb, m.nameEn].some((n) => n.toLowerCase() === name.trim().toLowerCase()));
    return found ? found.key : `custom:${name.trim()}`;
  };
  const chosen = Object.entries(columns)
    .filter(([column, c]) => Number(column) !== dateColumn && Number(column) < header.length && c.channel && c.metric.trim())
    .map(([column, c]) => ({ column: Number(column), channel: c.channel, metric: catalogMetric(c.channel, c.metric), combine: c.combine }));
  const mapping: ColumnMapping | null = chosen.length ? { headerRow, dateColumn, dateFormat, columns: chosen } : null;

  return (
    <fieldset className="min-w-0 space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">{t("title")}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{intro}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {fixedHeader ? null : (
          <label className="space-y-1.5 text-sm font-medium">
            <span>{t("headerRow")}</span>
            <select
              className={CONTROL}
              value={headerRow}
              onChange={(e) => {
                const next = guess(head, Number(e.target.value));
                setHeaderRow(next.headerRow);
                setDateColumn(next.dateColumn);
                setDateFormat(next.dateFormat);
                setColumns({});
              }}
            >
              {head.slice(0, 12).map((row, i) => (
                <option key={i} value={i}>
                  {t("rowOption", { row: i + 1, cells: row.slice(0, 3).join(", ") })}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="space-y-1.5 text-sm font-medium">
          <span>{t("dateColumn")}</span>
          <select className={CONTROL} value={dateColumn} onChange={(e) => setDateColumn(Number(e.target.value))}>
            {header.map((_, i) => (
              <option key={i} value={i}>
                {label(i)}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1.5 text-sm font-medium">
          <span>{sample[dateColumn] ? t("dateFormat", { example: sample[dateColumn] }) : t("dateFormatPlain")}</span>
          <select className={CONTROL} value={dateFormat} onChange={(e) => setDateFormat(e.target.value as ColumnMapping["dateFormat"])}>
            {(["iso", "dmy", "mdy", "ymdCompact"] as const).map((f) => (
              <option key={f} value={f}>
                {t(`formats.${f}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="space-y-3">
        {header.map((_, i) =>
          i === dateColumn ? null : (
            <div key={i} className="grid gap-2 border-t border-slate-100 pt-3 sm:grid-cols-4 sm:items-end dark:border-slate-800">
              <p className="text-sm font-medium break-words">
                {label(i)} {sample[i] ? <span className="font-normal text-slate-600 dark:text-slate-400">({sample[i]})</span> : null}
              </p>
              <label className="space-y-1 text-sm">
                <span>{t("channel", { column: label(i) })}</span>
                <select className={CONTROL} value={columns[i]?.channel ?? ""} onChange={(e) => set(i, { channel: e.target.value })}>
                  <option value="">{t("skip")}</option>
                  {catalog.map((c) => (
                    <option key={c.id} value={c.key}>
                      {nameIn(locale, c)}
                    </option>
                  ))}
                </select>
              </label>
              <label className="space-y-1 text-sm">
                <span>{t("metric", { column: label(i) })}</span>
                <input
                  className={CONTROL}
                  list={`${id}-metrics-${i}`}
                  value={columns[i]?.metric ?? header[i] ?? ""}
                  onChange={(e) => set(i, { metric: e.target.value })}
                />
                <datalist id={`${id}-metrics-${i}`}>
                  {(catalog.find((c) => c.key === columns[i]?.channel)?.metrics ?? []).map((m) => (
                    <option key={m.id} value={nameIn(locale, m)} />
                  ))}
                </datalist>
              </label>
              <label className="space-y-1 text-sm">
                <span>{t("combine", { column: label(i) })}</span>
                <select
                  className={CONTROL}
                  value={columns[i]?.combine ?? "sum"}
                  onChange={(e) => set(i, { combine: e.target.value as "sum" | "last" })}
                >
                  <option value="sum">{t("sum")}</option>
                  <option value="last">{t("last")}</option>
                </select>
              </label>
            </div>
          ),
        )}
      </div>
      {!mapping ? <Alert tone="info">{t("pickOne")}</Alert> : null}
      {footer(mapping, header)}
    </fieldset>
  );
}
