"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FilePreview } from "@/lib/data/imports";
import type { ColumnMapping } from "@/lib/domain/import/types";
import { useImportActions } from "./import-actions";

const CONTROL =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900 sm:text-sm";
type ColumnChoice = { channel: string; metric: string; combine: "sum" | "last" };

/** First guesses the person confirms: the header is the first row with two cells or more (GA4 puts # lines above it), the date column is named like one. */
function guess(head: string[][], row?: number) {
  const headerRow =
    row ??
    Math.max(
      0,
      head.findIndex((r) => r.filter((c) => c.trim()).length >= 2),
    );
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
  return { headerRow, dateColumn, dateFormat };
}

/**
 * The column mapper for a file no platform preset reads: which row is the
 * header, which column the date and in which format, and for each numeric
 * column its channel, metric and whether a day's rows are summed or the last
 * one kept. "Save as preset" keeps it for next month's file (owners, managers).
 */
export function ImportMapper({
  org,
  head,
  catalog,
  canSave,
  onMapped,
}: {
  org: string;
  head: string[][];
  catalog: FilePreview["catalog"];
  canSave: boolean;
  onMapped: (mapping: ColumnMapping) => void;
}) {
  const t = useTranslations("import.mapper");
  const locale = useLocale();
  const [first] = useState(() => guess(head));
  const [headerRow, setHeaderRow] = useState(first.headerRow);
  const [dateColumn, setDateColumn] = useState(first.dateColumn);
  const [dateFormat, setDateFormat] = useState<ColumnMapping["dateFormat"]>(first.dateFormat);
  const [columns, setColumns] = useState<Record<number, ColumnChoice>>({});
  const [presetName, setPresetName] = useState("");
  const save = useToastAction(useImportActions().savePreset);
  const header = head[headerRow] ?? [];
  const sample = head[headerRow + 1] ?? [];

  const mapping = (): ColumnMapping => ({
    headerRow,
    dateColumn,
    dateFormat,
    columns: Object.entries(columns)
      .filter(([column, c]) => Number(column) !== dateColumn && c.channel && c.metric.trim())
      .map(([column, c]) => ({
        column: Number(column),
        channel: c.channel,
        metric: catalogMetric(c.channel, c.metric),
        combine: c.combine,
      })),
  });
  // A metric typed by name: the channel's own metric of that name or key, else a new one ("custom:<name>").
  const catalogMetric = (channelKey: string, name: string) => {
    const channel = catalog.find((c) => c.key === channelKey);
    const found = channel?.metrics.find((m) => [m.key, m.nameNb, m.nameEn].some((n) => n.toLowerCase() === name.trim().toLowerCase()));
    return found ? found.key : `custom:${name.trim()}`;
  };
  const ready = mapping().columns.length > 0;

  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">{t("title")}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
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
        <label className="space-y-1.5 text-sm font-medium">
          <span>{t("dateColumn")}</span>
          <select className={CONTROL} value={dateColumn} onChange={(e) => setDateColumn(Number(e.target.value))}>
            {header.map((cell, i) => (
              <option key={i} value={i}>
                {cell || t("columnN", { n: i + 1 })}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1.5 text-sm font-medium">
          <span>{t("dateFormat", { example: sample[dateColumn] ?? "" })}</span>
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
        {header.map((cell, i) =>
          i === dateColumn ? null : (
            <div key={i} className="grid gap-2 sm:grid-cols-4 sm:items-end">
              <p className="text-sm font-medium">
                {cell || t("columnN", { n: i + 1 })}{" "}
                <span className="font-normal text-slate-600 dark:text-slate-400">({sample[i] ?? ""})</span>
              </p>
              <label className="space-y-1 text-sm">
                <span>{t("channel", { column: cell || t("columnN", { n: i + 1 }) })}</span>
                <select
                  className={CONTROL}
                  value={columns[i]?.channel ?? ""}
                  onChange={(e) =>
                    setColumns({ ...columns, [i]: { metric: cell, combine: "sum", ...columns[i], channel: e.target.value } })
                  }
                >
                  <option value="">{t("skip")}</option>
                  {catalog.map((c) => (
                    <option key={c.id} value={c.key}>
                      {locale === "nb" ? c.nameNb : c.nameEn}
                    </option>
                  ))}
                </select>
              </label>
              <label className="space-y-1 text-sm">
                <span>{t("metric", { column: cell || t("columnN", { n: i + 1 }) })}</span>
                <input
                  className={CONTROL}
                  value={columns[i]?.metric ?? cell}
                  onChange={(e) => setColumns({ ...columns, [i]: { channel: "", combine: "sum", ...columns[i], metric: e.target.value } })}
                />
              </label>
              <label className="space-y-1 text-sm">
                <span>{t("combine", { column: cell || t("columnN", { n: i + 1 }) })}</span>
                <select
                  className={CONTROL}
                  value={columns[i]?.combine ?? "sum"}
                  onChange={(e) =>
                    setColumns({ ...columns, [i]: { channel: "", metric: cell, ...columns[i], combine: e.target.value as "sum" | "last" } })
                  }
                >
                  <option value="sum">{t("sum")}</option>
                  <option value="last">{t("last")}</option>
                </select>
              </label>
            </div>
          ),
        )}
      </div>
      {!ready ? <Alert tone="info">{t("pickOne")}</Alert> : null}
      <div className="flex flex-wrap items-end gap-3">
        <Button variant="secondary" disabled={!ready} onClick={() => onMapped(mapping())}>
          {t("apply")}
        </Button>
        {canSave ? (
          <>
            <label className="space-y-1 text-sm font-medium">
              <span>{t("presetName")}</span>
              <input className={CONTROL} value={presetName} maxLength={80} onChange={(e) => setPresetName(e.target.value)} />
            </label>
            <Button
              variant="secondary"
              disabled={!ready || !presetName.trim() || save.pending}
              onClick={() =>
                save.run(
                  { org, name: presetName, mapping: JSON.stringify(mapping()), header: JSON.stringify(header) },
                  "import.presets.saved",
                )
              }
            >
              {t("savePreset")}
            </Button>
          </>
        ) : null}
      </div>
    </fieldset>
  );
}
