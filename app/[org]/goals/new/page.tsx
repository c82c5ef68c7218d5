import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { GoalForm } from "@/components/goals/goal-form";
import { newGoalValues } from "@/components/goals/goal-form-state";
import { smartHelp } from "@/components/goals/smart-explainer";
import { PageHeader } from "@/components/ui/page-header";
import { GoalFormSkeleton } from "@/components/ui/page-skeletons";
import type { Tenant } from "@/lib/auth/current";
import { pageTenant } from "@/lib/auth/page";
import { goalFormData } from "@/lib/data/goals";
import { todayIn } from "@/lib/format";
import { can } from "@/lib/domain/permissions";
import { GOAL_TEMPLATES } from "@/lib/domain/templates";
import { createGoalAction, metricHistoryAction } from "../actions";
import { createObjectiveAction } from "../objectives/actions";
import { goalFormStart } from "../goal-form-start";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("goals");
  return { title: t("newGoal") };
}

async function NewGoalPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ template?: string }> }) {
  const { org: slug } = await params;
  const { template } = await searchParams;
  // A member gets the 404 before anything streams; the form's data loads behind a skeleton.
  const tenant = await pageTenant(slug, "goal.write");
  const tShell = await getTranslations("shell");
  return (
    <Suspense fallback={<GoalFormSkeleton label={tShell("loading")} />}>
      <NewGoal slug={slug} tenant={tenant} template={template} />
    </Suspense>
  );
}

async function NewGoal({ slug, tenant: { ctx, org }, template }: { slug: string; tenant: Tenant; template?: string }) {
  const [data, t, tAll, locale] = await Promise.all([goalFormData(ctx), getTranslations("goals"), getTranslations(), getLocale()]);
  const today = todayIn(org.timeZone);
  const initial = newGoalValues(today, ctx.userId);
  const start = await goalFormStart(ctx, { ...data, org: slug, values: initial, today, locale });
  return (
    <>
      <PageHeader title={t("newGoal")} description={t("newGoalSubtitle")} />
      <GoalForm
        org={slug}
        today={today}
        orgPeriod={org.measurePeriod}
        {...data}
        initial={initial}
        {...start}
        templates={{
          intro: (
            <>
              <label htmlFor="template" className="block text-sm font-medium">
                {t("form.template")}
              </label>
              <p className="field-hint mt-1">{t("form.templateHint")}</p>
            </>
          ),
          options: (
            <>
              <option value="">{t("form.templateNone")}</option>
              {GOAL_TEMPLATES.map((tpl) => (
                <option key={tpl.id} value={tpl.id}>
                  {tAll(tpl.titleKey)}
                </option>
              ))}
            </>
          ),
        }}
        templateId={template}
        help={smartHelp()}
        saveGoal={createGoalAction}
        metricHistory={metricHistoryAction}
        createObjective={can(ctx.role, "objective.write") ? createObjectiveAction : undefined}
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
  NewGoalPage,
);
