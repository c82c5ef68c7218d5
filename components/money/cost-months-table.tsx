import { getTranslations } from "next-intl/server";
import type { ChannelEconomics } from "@/lib/data/money";
import { formatMonth } from "@/lib/format";
import { figureText } from "./figure-text";

/** The chart's numbers: cost per result per month (rows) and channel (columns). */
export async function CostMonthsTable({ channels, locale }: { channels: ChannelEconomics[]; locale: string }) {
  const t = await getTranslations("economics");
  const months = channels[0]?.months ?? [];
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("chart.tableCaption")}</caption>
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2 text-left font-medium">
              {t("chart.month")}
            </th>
            {channels.map((c) => (
              <th key={c.id} scope="col" className="px-3 py-2 text-right font-medium whitespace-nowrap">
                {locale === "en" ? c.nameEn : c.nameNb}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {months.map((m, i) => (
            <tr key={m.start}>
              <th scope="row" className="px-3 py-2 text-left font-normal whitespace-nowrap">
                {formatMonth(locale, m.start)}
                {m.partial ? <span className="text-slate-500 dark:text-slate-400"> ({t("chart.soFar")})</span> : null}
              </th>
              {channels.map((c) => {
                const f = c.months[i]?.costPerResult;
                return (
                  <td key={c.id} className="px-3 py-2 text-right tabular-nums whitespace-nowrap">
                    {f ? figureText(locale, f, "nok", t) : "–"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
