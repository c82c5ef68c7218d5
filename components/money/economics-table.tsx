import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { channelHref } from "@/lib/channel-href";
import type { ChannelEconomics } from "@/lib/data/money";
import { type MoneyWindow, rankChannels } from "@/lib/domain/money";
import { costTrend } from "@/lib/domain/money-trend";
import { formatMonth, formatShare, formatValue } from "@/lib/format";
import { figureText, nokText } from "./figure-text";

// Tighter than other tables (px-2, the card's edge px-3): nine columns beside the menu at 1280 px.
const cell = "px-2 py-2 text-right tabular-nums whitespace-nowrap last:pr-3";
// Headings may wrap ("Kostnad per / resultat"), so that all nine columns fit beside the menu at 1280 px.
const head = "px-2 py-2 text-right align-bottom font-medium last:pr-3";

/**
 * The channels over one window, best first by results per 1 000 kr. Without
 * money access only the results are shown: no spend, budget, revenue or
 * figures computed from them, and the channels in the catalogue's order.
 */
export async function EconomicsTable({
  channels,
  window,
  showMoney,
  locale,
  slug,
}: {
  channels: ChannelEconomics[];
  window: MoneyWindow;
  showMoney: boolean;
  locale: string;
  slug: string;
}) {
  const t = await getTranslations("economics");
  const rows = channels.map((c) => ({ ...c, resultMetrics: c.results, ...c.windows[window] }));
  const ordered = showMoney ? rankChannels(rows) : rows.map((r) => ({ ...r, perThousand: null }));
  const name = (c: { nameNb: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameNb);
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{t("tableCaption", { window: t(`windows.${window}`) })}</caption>
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th scope="col" className="px-3 py-2 text-left align-bottom font-medium">
              {t("columns.channel")}
            </th>
            {showMoney ? (
              <>
                <th scope="col" className={head}>
                  {t("columns.spend")}
                </th>
                <th scope="col" className={head}>
                  {t("columns.budget")}
                </th>
              </>
            ) : null}
            <th scope="col" className={head}>
              {t("columns.results")}
            </th>
            {showMoney ? (
              <>
                <th scope="col" className={head}>
                  {t("columns.costPerResult")}
                </th>
                <th scope="col" className={head}>
                  {t("columns.trend")}
                </th>
                <th scope="col" className={head}>
                  {t("columns.perThousand")}
                </th>
                <th scope="col" className={head}>
                  {t("columns.revenue")}
                </th>
                <th scope="col" className={head}>
                  {t("columns.roas")}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {ordered.map((c) => {
            const trend = costTrend(c.months);
            return (
              <tr key={c.id} data-channel={c.key}>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={channelHref(slug, c.key)} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
                    {name(c)}
                  </Link>
                  <span className="block text-xs font-normal text-slate-500 dark:text-slate-400">
                    {c.resultMetrics.length ? c.resultMetrics.map(name).join(" + ") : t("noResultMetric")}
                  </span>
                </th>
                {showMoney ? (
                  <>
                    <td className={cell}>{nokText(locale, c.spend)}</td>
                    <td className={cell}>{nokText(locale, c.budget)}</td>
                  </>
                ) : null}
                {/* Results are counted whole; a week split across two months leaves a share of one. */}
                <td className={c.results === null ? "px-2 py-2 text-right" : cell}>
                  {c.results === null ? t("figure.noResults") : formatValue(locale, "count", Math.round(c.results))}
                </td>
                {showMoney ? (
                  <>
                    <td className={cell}>{figureText(locale, c.costPerResult, "nok", t)}</td>
                    <td className="min-w-[8rem] px-2 py-2 text-right tabular-nums">
                      {trend.state === "change"
                        ? t(`trend.${trend.direction}`, {
                            share: formatShare(locale, Math.abs(trend.change)),
                            month: formatMonth(locale, trend.fromMonth),
                          })
                        : "–"}
                    </td>
                    <td className={cell}>{c.perThousand ? figureText(locale, c.perThousand, "ratio", t) : "–"}</td>
                    <td className={cell}>{nokText(locale, c.revenue)}</td>
                    <td className={cell}>{figureText(locale, c.roas, "ratio", t)}</td>
                  </>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
