import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { channelHref } from "@/lib/channel-href";
import type { GoalRow } from "@/lib/data/goals";
import type { Point } from "@/lib/domain/goal-types";
import { GoalChart } from "./goal-chart";

/**
 * The goal page's "Trend" card: the chart and a way to the channel's page.
 * `recent` is the series' newest values as the page read them; when a value
 * is recorded the page re-renders with new ones, and the chart refetches;
 * `notesRevision` does the same when a campaign note (`notes`, shown below the chart) changes.
 */
export function GoalChartCard({
  org,
  goal,
  recent,
  notes,
  notesRevision = "",
}: {
  org: string;
  goal: GoalRow;
  recent: Point[];
  notes?: ReactNode;
  notesRevision?: string;
}) {
  const t = useTranslations("charts");
  const locale = useLocale();
  // The goal's version moves on with every edit (its path and milestones too); `notesRevision` with its campaign notes.
  const revision = `${goal.version};${recent.map((p) => `${p.date}=${p.value}`).join(",")}|${notesRevision}`;
  const headingId = `goal-chart-${goal.id}`;
  return (
    <Card role="region" aria-labelledby={headingId}>
      <div className="mb-4 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 id={headingId} className="text-base font-semibold">
          {t("heading")}
        </h2>
        <Link
          href={channelHref(org, goal.channelKey)}
          className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
        >
          {t("channelLink", { channel: locale === "nb" ? goal.channelNb : goal.channelEn })}
        </Link>
      </div>
      <GoalChart org={org} goalId={goal.id} unit={goal.unit} revision={revision} />
      {notes ? <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-800">{notes}</div> : null}
    </Card>
  );
}
