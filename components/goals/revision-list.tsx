import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { RevisionRow } from "@/lib/data/goals";
import type { Unit } from "@/lib/domain/goal-types";
import { formatDate, formatDay, formatValue } from "@/lib/format";

/** Every change of target, deadline, baseline, owner or status: who, when, old → new and why. */
export function RevisionList({ revisions, unit, timeZone }: { revisions: RevisionRow[]; unit: Unit; timeZone: string }) {
  const t = useTranslations("goals.revisions");
  const tStatus = useTranslations("goals.status");
  const locale = useLocale();
  const show = (field: string, raw: unknown): string => {
    if (raw == null || raw === "") return "—";
    // Revisions store plain JSON scalars: numbers, ISO dates, statuses.
    const v = typeof raw === "object" ? JSON.stringify(raw) : (raw as string | number | boolean);
    if (field === "targetValue" || field === "baselineValue") return formatValue(locale, unit, Number(v));
    if (field === "deadline" || field === "baselineDate") return formatDate(locale, String(v));
    if (field === "status") return tStatus(String(v) as "draft");
    return String(v);
  };
  return (
    <Card>
      <h2 className="text-base font-semibold">{t("heading")}</h2>
      {revisions.length ? (
        <ol className="mt-3 space-y-3 text-sm">
          {revisions.map((r) => (
            <li key={r.id} className="border-l-2 border-slate-200 pl-3 dark:border-slate-700">
              <p className="text-slate-600 dark:text-slate-400">
                {t("byline", { name: r.changedByName ?? t("someone"), date: formatDay(locale, r.createdAt, timeZone) })}
              </p>
              <ul>
                {Object.entries(r.changes).map(([field, change]) => (
                  <li key={field}>
                    <span className="font-medium">{t(`fields.${field}`)}:</span>{" "}
                    {field === "ownerId" ? t("ownerChanged") : `${show(field, change.from)} → ${show(field, change.to)}`}
                  </li>
                ))}
              </ul>
              {r.reason ? <p className="italic text-slate-700 dark:text-slate-300">«{r.reason}»</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      )}
    </Card>
  );
}
