import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import type { Economics } from "@/lib/data/money";
import { costPerResult, rankChannels, windowTotals } from "@/lib/domain/money";
import { formatMonth } from "@/lib/format";
import { figureText, nokText } from "./figure-text";

/**
 * The review meeting opens with the money since the last meeting: from the
 * 1st of the month it was held in (last month without one) to today, per
 * channel spend against budget and cost per result, and the best and worst
 * channel by results per 1 000 kr. Only for people who see money.
 */
export async function AgendaEconomics({
  economics,
  since,
  locale,
  slug,
}: {
  economics: Economics;
  since: string | null;
  locale: string;
  slug: string;
}) {
  const t = await getTranslations("economics");
  const from = since ? `${since.slice(0, 7)}-01` : economics.windows.lastMonth.from;
  const window = { from, to: economics.today };
  const name = (c: { nameNb: string; nameEn: string }) => (locale === "en" ? c.nameEn : c.nameNb);
  const rows = economics.channels.map((c) => {
    const totals = windowTotals(c.months, window);
    const budgets = c.months.filter((m) => m.start >= from && m.budget !== null);
    return {
      ...c,
      ...totals,
      budget: budgets.length ? budgets.reduce((s, m) => s + (m.budget ?? 0), 0) : null,
      costPerResult: costPerResult(totals.spend, totals.results),
    };
  });
  const ranked = rankChannels(rows).filter((c) => c.perThousand.state === "value");
  const best = ranked[0];
  const worst = ranked.length > 1 ? ranked.at(-1) : undefined;
  return (
    <SectionCard id="agenda-money-heading" title={t("agenda.heading", { month: formatMonth(locale, from) })} description={t("agenda.body")}>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("agenda.none")}</p>
      ) : (
        <>
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
                <tr>
                  <th scope="col" className="py-2 pr-3 text-left font-medium">
                    {t("columns.channel")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("columns.spend")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-right font-medium">
                    {t("columns.budget")}
                  </th>
                  <th scope="col" className="py-2 pl-3 text-right font-medium">
                    {t("columns.costPerResult")}
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {rows.map((c) => (
                  <tr key={c.id} data-channel={c.key}>
                    <th scope="row" className="py-2 pr-3 text-left font-medium">
                      {name(c)}
                    </th>
                    <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{nokText(locale, c.spend)}</td>
                    <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">{nokText(locale, c.budget)}</td>
                    <td className="py-2 pl-3 text-right whitespace-nowrap tabular-nums">{figureText(locale, c.costPerResult, "nok", t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {best ? (
            <p className="mt-3 text-sm">
              {t("agenda.best", { channel: name(best), perThousand: figureText(locale, best.perThousand, "ratio", t) })}
              {worst
                ? ` ${t("agenda.worst", { channel: name(worst), perThousand: figureText(locale, worst.perThousand, "ratio", t) })}`
                : null}
            </p>
          ) : null}
          <Link
            href={`/${slug}/channels`}
            className="mt-2 inline-block text-sm text-brand-700 underline underline-offset-2 dark:text-brand-300"
          >
            {t("card.see")}
          </Link>
        </>
      )}
    </SectionCard>
  );
}
