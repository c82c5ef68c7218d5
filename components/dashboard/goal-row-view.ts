import { getTranslations } from "next-intl/server";
import { CONFIDENCE_MARK, CONFIDENCE_TONE } from "@/components/goals/confidence-badge";
import { outlookFacts } from "@/components/goals/goal-outlook";
import { progressText } from "@/components/goals/goal-progress";
import { periodLabel } from "@/components/goals/period-label";
import { verdictReasonText } from "@/components/goals/verdict-reason";
import { goalCostText } from "@/components/money/goal-cost";
import type { DashboardGoal } from "@/lib/data/goals";
import type { Economics } from "@/lib/data/money";
import { goalMetaLine, lastMeasured } from "./goal-pace-summary";
import { PACE_MARK, PACE_TONE } from "./pace-badge";
import type { GoalRowView } from "./goal-rows";

/**
 * The dashboard's goal rows as finished strings and numbers: the client
 * component GoalRows draws them, so the RSC payload carries about 0.6 kB a
 * goal instead of the rows' element tree (issue 20). Every word and number is
 * formatted here, with the same functions the goal page and the agenda use.
 */
export async function goalRowViews(goals: DashboardGoal[], locale: string, economics: Economics | null): Promise<GoalRowView[]> {
  const [t, tGoals, tCard, tVerdict, tPace, tConfidence, tEconomics] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("goals"),
    getTranslations("goals.card"),
    getTranslations("verdict"),
    getTranslations("dashboard.pace"),
    getTranslations("confidence"),
    getTranslations("economics"),
  ]);
  return goals.map((goal) => {
    const progress = goal.insight?.progress ?? null;
    const last = lastMeasured(t, goal);
    const level = goal.confidence?.level;
    return {
      id: goal.id,
      title: goal.title,
      badges: [
        [PACE_TONE[goal.pace], PACE_MARK[goal.pace], tPace(goal.pace)],
        ...(level
          ? [[CONFIDENCE_TONE[level], CONFIDENCE_MARK[level], tConfidence("badge", { level: tConfidence(`levels.${level}`) })] as const]
          : []),
      ],
      meta: goalMetaLine(t, locale, goal),
      // A ten-thousandth is finer than the bar draws (a hundredth of a per cent) and keeps the payload short.
      bar:
        progress != null
          ? [
              Math.round(progress * 1e4) / 1e4,
              goal.expected == null ? null : Math.round(goal.expected * 1e4) / 1e4,
              tCard("progressLabel", { goal: goal.title }),
            ]
          : null,
      line:
        progress != null
          ? progressText(tCard, locale, {
              progress,
              expected: goal.expected,
              unit: goal.unit,
              kind: goal.metricKind,
              latest: goal.latestValue,
              target: goal.targetValue,
              suffix: periodLabel(tGoals, locale, goal.period, goal.currentPeriod),
            })
          : t("noMeasurements"),
      reason: goal.insight ? verdictReasonText(tVerdict, locale, goal.insight.verdict, goal.unit, goal.metricKind) : null,
      facts: [...outlookFacts(t, locale, goal, goal.insight), [t("lastMeasured"), last.text]],
      stale: last.stale,
      cost: economics ? goalCostText(tEconomics, locale, economics, goal.channelId) : null,
    };
  });
}
