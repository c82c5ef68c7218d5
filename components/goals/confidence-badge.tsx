import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ConfidenceLevel } from "@/lib/domain/confidence";

export const CONFIDENCE_TONE: Record<ConfidenceLevel, BadgeTone> = { high: "green", medium: "neutral", low: "amber" };
// A mark beside the word, so colour is never the only signal.
export const CONFIDENCE_MARK: Record<ConfidenceLevel, string> = { high: "▲", medium: "■", low: "▼" };

/** The owner's confidence in a goal, "Confidence: low", beside its status. */
export function ConfidenceBadge({ level }: { level: ConfidenceLevel }) {
  const t = useTranslations("confidence");
  return (
    <Badge tone={CONFIDENCE_TONE[level]}>
      <span aria-hidden className="mr-1">
        {CONFIDENCE_MARK[level]}
      </span>
      {t("badge", { level: t(`levels.${level}`) })}
    </Badge>
  );
}
