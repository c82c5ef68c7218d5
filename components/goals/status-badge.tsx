import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { GoalStatus } from "@/lib/domain/goal-types";

const TONE: Record<GoalStatus, BadgeTone> = { draft: "neutral", active: "brand", achieved: "green", missed: "red", archived: "neutral" };

export function GoalStatusBadge({ status }: { status: GoalStatus }) {
  const t = useTranslations("goals.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
