import { getTranslations } from "next-intl/server";
import { BudgetForm } from "@/components/money/budget-form";
import { CostForm } from "@/components/money/cost-form";
import { ResultMetricsForm } from "@/components/money/result-metrics-form";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import type { ChannelMoney } from "@/lib/data/money";
import type { MoneyFigure, VatMode } from "@/lib/domain/money";
import { formatDate, formatMoney, formatMonth, formatShare, formatValue } from "@/lib/format";
import { addOneOffCostAction, deleteOneOffCostAction, setBudgetAction, setResultMetricsAction } from "../actions";

type Props = {
  slug: string;
  channelId: string;
  today: string;
  locale: string;
  money: ChannelMoney;
  vatMode: VatMode;
  canManage: boolean;
  /** The channel's metrics that can count as results, named in the reader's language. */
  resultOptions: { id: string; name: string }[];
};

/** The channel's money: this month against its budget, last month's cost per result, and (for those who manage money) the forms. */
export async function ChannelMoneySection({ slug, channelId, today, locale, money, vatMode, canManage, resultOptions }: Props) {
  const t = await getTranslations("money");
  const e = money.economics;
  const figure = (f: MoneyFigure | undefined) =>
    !f ? "—" : f.state === "value" ? formatValue(locale, "nok", f.value) : t(`figure.${f.state}`);
  const kr = (n: number | null | undefined) => (n == null ? "—" : formatMoney(locale, n));
  const thisMonth = e?.windows.thisMonth;
  const lastMonth = e?.windows.lastMonth;
  const pace = e?.pace;
  const month = today.slice(0, 7);
  return (
    <section aria-labelledby="money-heading" id="money">
      <Card>
        <h2 id="money-heading" className="text-base font-semibold">
          {t("heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("intro", { vat: vatMode })}</p>
        <div className="mt-4 grid gap-4 sm:grid-cols-2">
          <div>
            <h3 className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("thisMonth")}</h3>
            <dl className="mt-1 space-y-1 text-sm">
              <div className="flex justify-between gap-3">
                <dt>{t("spent")}</dt>
                <dd className="font-semibold tabular-nums">{kr(thisMonth?.spend ?? 0)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt>{t("budget")}</dt>
                <dd className="tabular-nums">{kr(thisMonth?.budget)}</dd>
              </div>
            </dl>
            {pace?.state === "budget" ? (
              <div className="mt-2 space-y-1 text-sm">
                <p>{t("pace", { spent: formatShare(locale, pace.spentShare), elapsed: formatShare(locale, pace.elapsedShare) })}</p>
                <p className="flex flex-wrap gap-2">
                  <Badge tone={pace.verdict === "over" ? "amber" : pace.verdict === "on" ? "green" : "neutral"}>
                    {t(`verdict.${pace.verdict}`)}
                  </Badge>
                  {pace.overBudget ? <Badge tone="red">{t("overBudget")}</Badge> : null}
                </p>
              </div>
            ) : (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("noBudget", { month: formatMonth(locale, today) })}</p>
            )}
          </div>
          <div>
            <h3 className="text-sm font-medium text-slate-600 dark:text-slate-400">{t("lastMonth")}</h3>
            <dl className="mt-1 space-y-1 text-sm">
              <div className="flex justify-between gap-3">
                <dt>{t("spent")}</dt>
                <dd className="font-semibold tabular-nums">{kr(lastMonth?.spend)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt>{t("results")}</dt>
                <dd className="tabular-nums">{lastMonth?.results == null ? "—" : formatValue(locale, "count", lastMonth.results)}</dd>
              </div>
              <div className="flex justify-between gap-3">
                <dt>{t("costPerResult")}</dt>
                <dd className="tabular-nums">{figure(lastMonth?.costPerResult)}</dd>
              </div>
            </dl>
          </div>
        </div>
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">{t("spendHint")}</p>
        {canManage ? (
          <div className="mt-6 space-y-6 border-t border-slate-200 pt-6 dark:border-slate-800">
            <BudgetForm org={slug} channelId={channelId} month={month} amount={thisMonth?.budget ?? null} setBudget={setBudgetAction} />
            <CostForm org={slug} channelId={channelId} today={today} addCost={addOneOffCostAction} />
            <ResultMetricsForm
              org={slug}
              channelId={channelId}
              options={resultOptions}
              chosen={e?.results.map((r) => r.id) ?? []}
              setResultMetrics={setResultMetricsAction}
            />
          </div>
        ) : null}
        <div className="mt-6">
          <h3 className="font-medium">{t("costs.heading")}</h3>
          {money.costs.length ? (
            <ul className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800">
              {money.costs.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                  <span className="tabular-nums text-slate-600 dark:text-slate-400">{formatDate(locale, c.date)}</span>
                  <span className="min-w-0 flex-1">{c.note}</span>
                  <span className="font-semibold tabular-nums">{formatMoney(locale, c.amount)}</span>
                  {canManage ? (
                    <ConfirmActionButton
                      action={deleteOneOffCostAction}
                      input={{ org: slug, id: c.id }}
                      doneKey="money.costs.deleted"
                      title={t("costs.deleteTitle")}
                      description={t("costs.deleteDescription", {
                        amount: formatMoney(locale, c.amount),
                        date: formatDate(locale, c.date),
                      })}
                      confirmLabel={t("costs.confirm")}
                      cancelLabel={t("costs.cancel")}
                    >
                      <span aria-hidden>{t("costs.delete")}</span>
                      <span className="sr-only">
                        {t("costs.deleteLabel", { amount: formatMoney(locale, c.amount), date: formatDate(locale, c.date) })}
                      </span>
                    </ConfirmActionButton>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("costs.none")}</p>
          )}
        </div>
      </Card>
    </section>
  );
}
