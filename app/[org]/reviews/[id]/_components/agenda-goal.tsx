import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { GoalChart } from "@/components/charts/goal-chart";
import { GoalPaceSummary } from "@/components/dashboard/goal-pace-summary";
import { PaceBadge } from "@/components/dashboard/pace-badge";
import { Card } from "@/components/ui/card";
import type { AgendaGoal } from "@/lib/data/reviews";
import { editableDecimal } from "@/lib/domain/decimal-input";
import { formatDate, formatShare, formatValue } from "@/lib/format";
import { intlLocale } from "@/lib/i18n/locales";
import { ActionItems } from "./action-items";
import { DecisionForm, DecisionSummary } from "./decision-form";
import { GoalNotes } from "./goal-notes";
import { AgendaCheckIns } from "./agenda-check-ins";
import { ConfidenceBadge } from "@/components/goals/confidence-badge";
import { ConfidenceForm } from "@/components/goals/confidence-form";
import { recordConfidenceAction } from "../../../goals/[id]/actions";

/** What changed since the goal was last on an agenda: its value and its progress then and now. */
function SinceLast({ goal, previousDate }: { goal: AgendaGoal; previousDate: string | null }) {
  const t = useTranslations("reviews.agenda");
  const locale = useLocale();
  const since = goal.since;
  if (!since || !previousDate) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("firstTime")}</p>;
  const value = (v: number | null) => (v == null ? "—" : formatValue(locale, goal.unit, v, goal.metricKind));
  const delta = since.latestValue != null && goal.latestValue != null ? goal.latestValue - since.latestValue : null;
  const progress = goal.insight?.progress ?? null;
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      <span className="font-medium">{t("since", { date: formatDate(locale, previousDate) })}</span>{" "}
      {t("valueChange", { from: value(since.latestValue), to: value(goal.latestValue) })}
      {delta != null && delta !== 0 ? ` (${delta > 0 ? "+" : "−"}${formatValue(locale, goal.unit, Math.abs(delta), goal.metricKind)})` : ""}
      {since.progress != null && progress != null
        ? ` · ${t("progressChange", { from: formatShare(locale, since.progress), to: formatShare(locale, progress) })}`
        : ""}
    </p>
  );
}

/** One goal on the meeting's agenda: where it stands, its chart and pitfalls, and the team's notes, items and decision. */
export function AgendaGoalCard({
  goal,
  org,
  canRun,
  previousDate,
  confidence,
}: {
  goal: AgendaGoal;
  org: string;
  canRun: boolean;
  previousDate: string | null;
  /** Given when the viewer may record this goal's confidence: the open meeting's id, or null before it starts. */
  confidence?: { meetingId: string | null };
}) {
  // client messages: pitfalls
  const t = useTranslations();
  const locale = useLocale();
  const headingId = `agenda-${goal.id}`;
  return (
    <article aria-labelledby={headingId}>
      <Card className="space-y-5">
        <div>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
            <h3 id={headingId} className="text-lg font-semibold">
              <Link href={`/${org}/goals/${goal.id}`} className="underline-offset-2 hover:underline">
                {goal.title}
              </Link>
            </h3>
            <span className="flex flex-wrap gap-2 self-start">
              <PaceBadge pace={goal.pace} />
              {goal.confidence ? <ConfidenceBadge level={goal.confidence.level} /> : null}
            </span>
          </div>
          <GoalPaceSummary goal={goal} />
          <AgendaCheckIns goal={goal} />
          <div className="mt-3">
            <SinceLast goal={goal} previousDate={previousDate} />
          </div>
          {goal.realismReason ? (
            // The team activated a target the realism check called unrealistic: the meeting sees why.
            <p className="mt-3 text-sm">
              <span className="font-medium">{t("goals.realism.reasonShown")}:</span> {goal.realismReason}
            </p>
          ) : null}
          {goal.pitfalls.length ? (
            <ul
              aria-label={t("reviews.agenda.pitfalls")}
              className="mt-3 space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
            >
              {goal.pitfalls.map((p, i) => (
                <li key={`${p.id}-${i}`}>
                  <span className="font-medium">{t("goals.pitfalls.number", { name: t(`pitfalls.${p.id}.name`) })}</span>{" "}
                  {t(p.adviceKey, { ...(p.values ?? {}), count: 1 })}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <GoalChart org={org} goalId={goal.id} unit={goal.unit} revision={`${goal.latestDate ?? ""}=${goal.latestValue ?? ""}`} />
        <div className="grid gap-6 border-t border-slate-200 pt-5 lg:grid-cols-2 dark:border-slate-800">
          <div className="space-y-5">
            {canRun && goal.status === "active" ? (
              <DecisionForm
                goalId={goal.id}
                goalTitle={goal.title}
                targetValue={goal.targetValue == null ? "" : editableDecimal(intlLocale(locale), goal.targetValue)}
                deadline={goal.deadline ?? ""}
              />
            ) : (
              <DecisionSummary goalId={goal.id} />
            )}
          </div>
          <div className="space-y-5">
            {confidence && goal.status === "active" ? (
              <ConfidenceForm
                org={org}
                goalId={goal.id}
                meetingId={confidence.meetingId}
                goalTitle={goal.title}
                current={goal.confidence?.level ?? null}
                recordConfidence={recordConfidenceAction}
              />
            ) : null}
            <GoalNotes goalId={goal.id} channelId={goal.channelId} label={t("reviews.notes.label", { goal: goal.title })} />
            <ActionItems goalId={goal.id} label={t("reviews.actions.addFor", { goal: goal.title })} />
          </div>
        </div>
      </Card>
    </article>
  );
}
