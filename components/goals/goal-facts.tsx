import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { GoalRow } from "@/lib/data/goals";
import { formatDate, formatValue } from "@/lib/format";

/** The goal page's "Fakta" card: channel, metric, baseline, target, period, objective, owner and priority. */
export async function GoalFacts({ goal, locale }: { goal: GoalRow; locale: string }) {
  const t = await getTranslations("goals");
  const value = (v: number | null) => (v == null ? "—" : formatValue(locale, goal.unit, v, goal.metricKind));
  const date = (d: string | null) => (d ? formatDate(locale, d) : "—");
  const facts: [string, string][] = [
    [t("facts.channel"), locale === "nb" ? goal.channelNb : goal.channelEn],
    [t("facts.metric"), `${locale === "nb" ? goal.metricNb : goal.metricEn} (${t(`units.${goal.unit}`)}, ${t(`form.${goal.direction}`)})`],
    // A baseline without a date is just its value: "1 200", not "1 200 (—)".
    [
      t("facts.baseline"),
      goal.baselineValue == null
        ? "—"
        : goal.baselineDate
          ? `${value(goal.baselineValue)} (${date(goal.baselineDate)})`
          : value(goal.baselineValue),
    ],
    [t("facts.target"), value(goal.targetValue)],
    [t("facts.period"), `${date(goal.startDate)} – ${date(goal.deadline)}`],
    [t("facts.objective"), goal.objectiveTitle ?? t("facts.none")],
    [t("facts.owner"), goal.ownerName ?? t("facts.none")],
    [t("facts.priority"), t(`form.priorities.${goal.priority}`)],
  ];
  return (
    <Card>
      <h2 className="text-base font-semibold">{t("factsHeading")}</h2>
      <dl className="mt-3 grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
        {facts.map(([label, text]) => (
          <div key={label}>
            <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="font-medium">{text}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
