import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { ConfidenceEntry } from "@/lib/data/check-ins";
import type { GoalConfidenceNow } from "@/lib/data/goals";
import { ConfidenceBadge } from "./confidence-badge";
import { ConfidenceForm, type RecordConfidence } from "./confidence-form";
import { ConfidenceHistory } from "./confidence-history";

/** The goal page's confidence: the newest check-in, the form for who may record one, and the history. */
export function ConfidenceCard({
  org,
  goal,
  entries,
  timeZone,
  recordConfidence,
}: {
  org: string;
  goal: { id: string; title: string; confidence: GoalConfidenceNow | null };
  entries: ConfidenceEntry[];
  timeZone: string;
  /** Given only to someone who may record on this goal. */
  recordConfidence: RecordConfidence | null;
}) {
  const t = useTranslations("confidence");
  return (
    <Card role="region" aria-labelledby="confidence-heading">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="confidence-heading" className="text-base font-semibold">
          {t("heading")}
        </h2>
        {goal.confidence ? <ConfidenceBadge level={goal.confidence.level} /> : null}
      </div>
      {recordConfidence ? (
        <div className="mt-3">
          <ConfidenceForm
            org={org}
            goalId={goal.id}
            goalTitle={goal.title}
            current={goal.confidence?.level ?? null}
            recordConfidence={recordConfidence}
          />
        </div>
      ) : null}
      <h3 className="mt-4 mb-2 text-sm font-semibold">{t("history")}</h3>
      <ConfidenceHistory entries={entries} timeZone={timeZone} />
    </Card>
  );
}
