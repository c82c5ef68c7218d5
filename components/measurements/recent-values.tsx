import { useLocale, useTranslations } from "next-intl";
import type { Point } from "@/lib/domain/goal-types";
import { formatDate, formatValue, type ValueUnit } from "@/lib/format";

/** The latest values of a series, newest first. */
export function RecentValues({
  points,
  unit,
  caption,
  pendingDate = null,
}: {
  points: Point[];
  unit: ValueUnit;
  caption: string;
  pendingDate?: string | null;
}) {
  const t = useTranslations("measurements.recent");
  const locale = useLocale();
  if (!points.length) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>;
  return (
    <table className="w-full text-sm">
      <caption className="mb-2 text-left font-medium">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{t("date")}</th>
          <th scope="col">{t("value")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {[...points].reverse().map((p) => (
          <tr key={p.date} className={p.date === pendingDate ? "text-slate-500 dark:text-slate-400" : undefined}>
            <td className="py-1.5 text-slate-600 dark:text-slate-400">
              {formatDate(locale, p.date)}
              {p.date === pendingDate ? <span className="ml-2 text-xs italic">{t("saving")}</span> : null}
            </td>
            <td className="py-1.5 text-right font-medium tabular-nums">{formatValue(locale, unit, p.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
