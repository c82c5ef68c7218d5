import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { StatCard } from "@/components/dashboard/stat-card";
import { Badge } from "@/components/ui/badge";
import type { Economics } from "@/lib/data/money";
import { budgetPace } from "@/lib/domain/money";
import { formatShare } from "@/lib/format";
import { nokText } from "./figure-text";

/**
 * This month's spend on every channel (one-off costs included) against the
 * sum of this month's budgets, with the month's pace: "62 % spent, 48 % of
 * the month gone". Shown only to people who see money.
 */
export async function BudgetCard({ economics, locale, slug }: { economics: Economics; locale: string; slug: string }) {
  const t = await getTranslations("economics.card");
  const sum = (pick: (w: Economics["channels"][number]["windows"]["thisMonth"]) => number | null) =>
    economics.channels.reduce<number | null>((s, c) => {
      const v = pick(c.windows.thisMonth);
      return v === null ? s : (s ?? 0) + v;
    }, null);
  const spent = sum((w) => w.spend) ?? 0;
  const pace = budgetPace({ budget: sum((w) => w.budget), spent, today: economics.today });
  return (
    <StatCard
      label={t("label")}
      value={
        <span>
          {nokText(locale, spent)}
          {pace.state === "budget" ? (
            <span className="ml-1.5 text-base font-normal text-slate-600 dark:text-slate-400">
              {t("ofBudget", { budget: nokText(locale, pace.budget) })}
            </span>
          ) : null}
        </span>
      }
      detail={
        <span className="flex flex-wrap items-center gap-2">
          {pace.state === "budget" ? (
            <>
              <Badge tone={pace.overBudget ? "red" : pace.verdict === "over" ? "amber" : pace.verdict === "on" ? "green" : "neutral"}>
                {pace.overBudget ? t("overBudget") : t(pace.verdict)}
              </Badge>
              <span>{t("pace", { spent: formatShare(locale, pace.spentShare), elapsed: formatShare(locale, pace.elapsedShare) })}</span>
            </>
          ) : (
            <span>{t("noBudget")}</span>
          )}
          <Link href={`/${slug}/channels?period=thisMonth`}>{t("see")}</Link>
        </span>
      }
    />
  );
}
