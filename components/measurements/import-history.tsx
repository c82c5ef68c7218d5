import { getLocale, getTranslations } from "next-intl/server";
import type { FilePreview, ImportListItem, PresetSummary } from "@/lib/data/imports";
import { formatDate, formatDateTime } from "@/lib/format";
import { PresetControls, UndoImportButton } from "./import-buttons";
import { PresetEditor } from "./preset-editor";

/** Past imports (period, counts, who, source, file) with undo for owners and managers, and the saved presets. */
export async function ImportHistory({
  org,
  items,
  presets,
  catalog,
  canManage,
  timeZone,
}: {
  org: string;
  items: ImportListItem[];
  presets: PresetSummary[];
  /** The organization's channels and metrics, for changing a preset's columns. */
  catalog: FilePreview["catalog"];
  canManage: boolean;
  timeZone: string;
}) {
  const [t, locale] = await Promise.all([getTranslations("import"), getLocale()]);
  return (
    <div className="space-y-6">
      {items.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("history.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700">
          {items.map((i) => (
            <li key={i.id} className="flex flex-wrap items-start justify-between gap-2 py-3 text-sm">
              <div className="min-w-0 space-y-0.5">
                <p className="font-medium break-words">
                  {t("history.line", {
                    source: i.presetName ? t("sources.preset", { name: i.presetName }) : t(`sources.${i.source}`),
                    file: i.fileName,
                    period:
                      i.periodFrom && i.periodTo
                        ? t("period", { from: formatDate(locale, i.periodFrom), to: formatDate(locale, i.periodTo) })
                        : "–",
                  })}
                </p>
                <p className="text-slate-600 dark:text-slate-400">
                  {t("history.counts", { rows: i.rows, created: i.created, corrected: i.corrected, unchanged: i.unchanged })}
                </p>
                <p className="text-slate-600 dark:text-slate-400">
                  {t("history.by", { name: i.createdBy ?? t("history.someone"), when: formatDateTime(locale, i.createdAt, timeZone) })}
                  {i.undoneAt
                    ? ` ${t("history.undone", { name: i.undoneBy ?? t("history.someone"), when: formatDateTime(locale, i.undoneAt, timeZone) })}`
                    : ""}
                </p>
              </div>
              {canManage && !i.undoneAt ? <UndoImportButton org={org} id={i.id} name={i.fileName} /> : null}
            </li>
          ))}
        </ul>
      )}
      {presets.length ? (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold">{t("presets.title")}</h3>
          <ul className="divide-y divide-slate-200 dark:divide-slate-700">
            {presets.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                <span className="font-medium">{p.name}</span>
                {canManage ? (
                  <>
                    <PresetControls org={org} id={p.id} name={p.name} />
                    <PresetEditor key={p.updatedAt.toISOString()} org={org} preset={p} catalog={catalog} />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
