import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GoalForm } from "@/components/goals/goal-form";
import { EMPTY_GOAL } from "@/components/goals/goal-form-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { goalFormData } from "@/lib/data/goal-form-data";
import { todayIn } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("goals");
  return { title: t("newGoal") };
}

export default async function NewGoalPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ template?: string }> }) {
  const { org: slug } = await params;
  const { template } = await searchParams;
  const { ctx, org } = await pageTenant(slug, "manager");
  const [data, t] = await Promise.all([goalFormData(ctx), getTranslations("goals")]);
  const today = todayIn(org.timeZone);
  return (
    <>
      <PageHeader title={t("newGoal")} description={t("newGoalSubtitle")} />
      <GoalForm org={slug} today={today} {...data} initial={{ ...EMPTY_GOAL, startDate: today }} templateId={template} />
    </>
  );
}
