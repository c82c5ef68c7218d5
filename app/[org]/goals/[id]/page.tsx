import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { GoalChartCard } from "@/components/charts/goal-chart-card";
import { PitfallPanel } from "@/components/goals/pitfall-panel";
import { QuickEntryPanel } from "@/components/measurements/quick-entry-panel";
import { RevisionList } from "@/components/goals/revision-list";
import { SmartPanel } from "@/components/goals/smart-panel";
import { Card } from "@/components/ui/card";
import { GoalPageSkeleton } from "@/components/ui/page-skeletons";
import { GoalProgress } from "@/components/goals/goal-progress";
import { GoalFacts } from "@/components/goals/goal-facts";
import { GoalOutlook } from "@/components/goals/goal-outlook";
import { VerdictReason } from "@/components/goals/verdict-reason";
import { PaceBadge } from "@/components/dashboard/pace-badge";
import { periodLabel } from "@/components/goals/period-label";
import type { Tenant } from "@/lib/auth/current";
import { pageRecord, pageTenant } from "@/lib/auth/page";
import { can } from "@/lib/domain/permissions";
import { evaluateGoal } from "@/lib/data/goals";
import { goalInsights } from "@/lib/data/goals";
import { getGoal, type GoalRow, listGoals, listRevisions } from "@/lib/data/goals";
import { recentPoints } from "@/lib/data/measurements";
import { listMembers } from "@/lib/data/team";
import { formatDate, formatValue, todayIn } from "@/lib/format";
import { GoalHeader } from "./goal-header";
import { recordConfidenceAction } from "./actions";
import { addChartNoteAction, deleteChartNoteAction, updateChartNoteAction } from "../../channels/[key]/actions";
import { ChartNotesPanel } from "@/components/charts/chart-notes-panel";
import { ConfidenceCard } from "@/components/goals/confidence-card";
import { confidenceHistory } from "@/lib/data/check-ins";
import { goalChartNotes } from "@/lib/data/goals";
import { mayRecordConfidence } from "@/lib/domain/confidence";
import { recordMeasurementAction } from "../../measurements/actions";
import { setGoalPathAction } from "../actions";
import { GoalPathForm } from "@/components/goals/goal-path-form";
import { editableDecimal } from "@/lib/domain/decimal-input";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("goals");
  return { title: t("goal") };
}

/**
 * The goal is read (or answered with a 404) first; the rest of the page loads
 * behind a skeleton. Not a loading.tsx: it would start the response as a 200
 * before a missing goal could answer 404.
 */
async function GoalPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  const tenant = await pageTenant(slug);
  const goal = await pageRecord(id, (goalId) => getGoal(tenant.ctx, goalId));
  const tShell = await getTranslations("shell");
  return (
    <Suspense fallback={<GoalPageSkeleton label={tShell("loading")} />}>
      <GoalView slug={slug} tenant={tenant} goal={goal} />
    </Suspense>
  );
}

async function GoalView({ slug, tenant, goal }: { slug: string; tenant: Tenant; goal: GoalRow }) {
  const { ctx, org } = tenant;
  const today = todayIn(org.timeZone);
  const [evaluation, revisions, all, members, recent, t, locale, confidences, notes] = await Promise.all([
    evaluateGoal(ctx, goal, { today, isNew: goal.status === "draft", period: goal.period }),
    listRevisions(ctx, goal.id),
    listGoals(ctx),
    listMembers(ctx),
    recentPoints(ctx, goal, 8),
    getTranslations("goals"),
    getLocale(),
    confidenceHistory(ctx, goal.id),
    goalChartNotes(ctx, goal, today),
  ]);
  const { byGoal, pitfalls } = await goalInsights(ctx, all, { today, memberCount: members.length });
  // The team's pitfalls as they concern this one goal.
  const mine = pitfalls
    .filter((p) => p.goalIds.includes(goal.id))
    .map((p) => ({ ...p, goalIds: [], values: p.id === "tooManyGoals" ? p.values : { ...p.values, count: 1 } }));
  const insight = byGoal.get(goal.id);
  const progress = insight?.progress ?? null;
  const current = insight?.current ?? null;
  const expected = insight?.expected ?? null;
  const value = (v: number | null) => (v == null ? "—" : formatValue(locale, goal.unit, v, goal.metricKind));
  const date = (d: string | null) => (d ? formatDate(locale, d) : "—");
  const canWrite = can(ctx.role, "goal.write");
  const canRecordConfidence =
    goal.status === "active" &&
    can(ctx.role, "confidence.record") &&
    mayRecordConfidence(ctx.userId, goal.ownerId, can(ctx.role, "confidence.recordAny"));
  return (
    <>
      <GoalHeader slug={slug} goal={goal} evaluation={evaluation} canWrite={canWrite} />
      {/* On a phone the measurement entry comes right after the progress, before the chart and the facts;
          from lg it is the right-hand column beside both (it spans their two rows). */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[1fr_22rem] lg:grid-rows-[auto_1fr]">
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-1">
          {mine.length ? (
            <PitfallPanel pitfalls={mine} goals={[goal]} slug={slug} canEdit={canWrite} heading={t("pitfalls.goalHeading")} />
          ) : null}
          <Card>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-base font-semibold">{t("progressHeading")}</h2>
              {insight && goal.status === "active" ? <PaceBadge pace={insight.verdict.status} /> : null}
            </div>
            {insight && goal.status === "active" ? (
              <>
                <VerdictReason
                  verdict={insight.verdict}
                  unit={goal.unit}
                  kind={goal.metricKind}
                  className="mt-2 text-sm text-slate-800 dark:text-slate-200"
                />
                <dl className="facts mt-2">
                  <GoalOutlook goal={goal} insight={insight} />
                </dl>
              </>
            ) : null}
            {progress != null ? (
              <div className="mt-3">
                <GoalProgress
                  title={goal.title}
                  progress={progress}
                  expected={goal.status === "active" ? expected : null}
                  unit={goal.unit}
                  kind={goal.metricKind}
                  latest={current?.value ?? null}
                  target={goal.targetValue}
                  suffix={periodLabel(t, locale, goal.period, current)}
                />
              </div>
            ) : (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("card.noMeasurements")}</p>
            )}
          </Card>
          <ConfidenceCard
            org={slug}
            goal={goal}
            entries={confidences}
            timeZone={org.timeZone}
            recordConfidence={canRecordConfidence ? recordConfidenceAction : null}
          />
        </div>
        <aside className="space-y-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
          {goal.metricDerivation ? (
            // Cost per result, ROAS and ROI are computed from the channel's money, never typed in.
            <Card>
              <h2 className="mb-2 text-base font-semibold">{t("derived.heading")}</h2>
              <p className="text-sm text-slate-600 dark:text-slate-400">{t("derived.body")}</p>
              <Link
                href={`/${slug}/channels/${goal.channelKey}#money`}
                className="mt-2 inline-block text-sm font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
              >
                {t("derived.link")}
              </Link>
            </Card>
          ) : goal.status === "active" || goal.status === "draft" ? (
            <Card>
              <h2 className="mb-3 text-base font-semibold">{t("record")}</h2>
              <QuickEntryPanel
                org={slug}
                channelId={goal.channelId}
                metricId={goal.metricId}
                today={today}
                unitLabel={t(`units.${goal.unit}`)}
                unit={goal.unit}
                recent={recent}
                caption={t("recent")}
                recordMeasurement={recordMeasurementAction}
              />
            </Card>
          ) : null}
          <Card>
            <SmartPanel
              checks={evaluation.checks}
              realism={evaluation.realism}
              metric={locale === "nb" ? goal.metricNb : goal.metricEn}
              channel={locale === "nb" ? goal.channelNb : goal.channelEn}
            />
          </Card>
        </aside>
        <div className="min-w-0 space-y-6 lg:col-start-1 lg:row-start-2">
          <GoalChartCard
            org={slug}
            goal={goal}
            recent={recent}
            notesRevision={notes.map((n) => `${n.id}:${n.startsOn}:${n.endsOn ?? ""}:${n.body}`).join(",")}
            notes={
              <ChartNotesPanel
                org={slug}
                channelId={goal.channelId}
                notes={notes}
                today={today}
                userId={ctx.userId}
                anyNote={can(ctx.role, "chartNote.editAny")}
                canWrite={can(ctx.role, "chartNote.write")}
                actions={{ addNote: addChartNoteAction, updateNote: updateChartNoteAction, deleteNote: deleteChartNoteAction }}
              />
            }
          />
          <Card>
            <h2 className="text-base font-semibold">{t("path.heading")}</h2>
            {insight?.path.fallback ? (
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{t(`path.fallback.${insight.path.fallback}`)}</p>
            ) : null}
            {canWrite && (goal.status === "active" || goal.status === "draft") ? (
              <div className="mt-3">
                <GoalPathForm
                  org={slug}
                  goalId={goal.id}
                  version={goal.version}
                  kind={goal.pathKind}
                  milestones={goal.milestones.map((m) => ({ date: m.date, value: editableDecimal(locale, m.value) }))}
                  unitLabel={t(`units.${goal.unit}`)}
                  start={goal.startDate}
                  deadline={goal.deadline}
                  setGoalPath={setGoalPathAction}
                />
              </div>
            ) : (
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
                {t("path.current", { kind: t(`path.kinds.${goal.pathKind}`) })}
                {goal.pathKind === "milestones" && goal.milestones.length
                  ? ` ${goal.milestones.map((m) => `${value(m.value)} (${date(m.date)})`).join(", ")}`
                  : ""}
              </p>
            )}
          </Card>
          <GoalFacts goal={goal} locale={locale} />
          <RevisionList revisions={revisions} unit={goal.unit} timeZone={org.timeZone} />
        </div>
      </div>
    </>
  );
}

export default withMessages(
  [
    "benchmarkSource",
    "chartNotes",
    "charts",
    "confidence",
    "errors",
    "goals.actions",
    "goals.close",
    "goals.done",
    "goals.errors",
    "goals.form",
    "goals.path",
    "goals.realism",
    "measurements.api",
    "measurements.errors",
    "measurements.quick",
    "measurements.recent",
    "measurements.unusual",
    "measurements.warnings",
    "team.cancel",
    "team.errors",
    "team.invite",
    "team.pending",
    "validation",
  ],
  GoalPage,
);
