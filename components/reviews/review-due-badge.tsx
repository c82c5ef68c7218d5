import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ReviewDue } from "@/lib/domain/review-cadence";

const TONE: Record<ReviewDue, BadgeTone> = {
  unscheduled: "neutral",
  scheduled: "neutral",
  due_soon: "amber",
  due_today: "amber",
  overdue: "red",
};

/** Where the team stands against its next review: due soon, today or overdue, in words. */
export function ReviewDueBadge({ state, days }: { state: ReviewDue; days: number | null }) {
  const t = useTranslations("reviews.due");
  if (state === "scheduled") return null;
  return <Badge tone={TONE[state]}>{t(state, { days: Math.abs(days ?? 0) })}</Badge>;
}
