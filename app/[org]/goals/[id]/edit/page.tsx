import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { GoalForm } from "@/components/goals/goal-form";
import { decimalText } from "@/components/forms/decimal";
import type { GoalFormValues } from "@/components/goals/goal-form-state";
import { smartHelp } from "@/components/goals/smart-explainer";
import { PageHeader } from "@/components/ui/page-header";
import { GoalFormSkeleton } from "@/components/ui/page-skeletons";
import type { Tenant } from "@/lib/auth/current";
import { pageRecord, pageTenant } from "@/lib/auth/page";
import { goalFormData } from "@/lib/data/goals";
import { getGoal, type GoalRow } from "@/lib/data/goals";
import { todayIn } from "@/lib/format";
import { can } from "@/lib/domain/permissions";
import { metricHistoryAction, updateGoalAction } from "../../actions";
import { createObjectiveAction } from "../../objectives/actions";
import { goalFormStart } from "../../goal-form-start";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("goals");
  return { title: t("editGoal") };
}

async function EditGoalPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org: slug, id } = await params;
  // A member, or another organization's goal, gets the 404 before anything streams; the form's data loads behind a skeleton.
  const tenant = await pageTenant(slug, "goal.write");
  const goal = await pageRecord(id, (goalId) => getGoal(tenant.ctx, goalId));
  const tShell = await getTranslations("shell");
  return (
    <Suspense fallback={<GoalFormSkeleton label={tShell("loading")} />}>
      <EditGoal slug={slug} tenant={tenant} goal={goal} />
    </Suspense>
  );
}

async function EditGoal({ slug, tenant: { ctx, org }, goal }: { slug: string; tenant: Tenant; goal: GoalRow }) {
  const [data, t, locale] = await Promise.all([goalFormData(ctx, goal.channelId), getTranslations("goals"), getLocale()]);
  const today = todayIn(org.timeZone);
  const initial: GoalFormValues = {
    title: goal.title,
    description: goal.description,
    channelId: goal.channelId,
    metricId: goal.metricId,
    customMetricName: "",
    customMetricKind: "level",
    measurePeriod: goal.measurePeriod ?? "",
    unit: goal.unit,
    direction: goal.direction,
    baselineValue: decimalText(goal.baselineValue, locale),
    baselineDate: goal.baselineDate ?? "",
    targetValue: decimalText(goal.targetValue, locale),
    startDate: goal.startDate ?? "",
    deadline: goal.deadline ?? "",
    objectiveId: goal.objectiveId ?? "",
    ownerId: goal.ownerId ?? "",
    priority: goal.priority,
  };
  const start = await goalFormStart(ctx, { ...data, org: slug, values: initial, today, locale, edit: { status: goal.status } });
  return (
    <>
      <PageHeader title={t("editGoal")} description={goal.title} />
      <GoalForm
        org={slug}
        today={today}
        orgPeriod={org.measurePeriod}
        {...data}
        edit={{ id: goal.id, version: goal.version, status: goal.status, realismReason: goal.realismReason }}
        saveGoal={updateGoalAction}
        metricHistory={metricHistoryAction}
        help={smartHelp()}
        createObjective={can(ctx.role, "objective.write") ? createObjectiveAction : undefined}
        initial={initial}
        {...start}
      />
    </>
  );
}

export default withMessages(
  [
    "benchmarkSource",
    "errors",
    "goals.errors",
    "goals.form",
    "goals.path",
    "goals.realism",
    "goals.smart",
    "goals.units",
    "realism",
    "smart",
    "templates",
    "validation",
  ],
  EditGoalPage,
);
