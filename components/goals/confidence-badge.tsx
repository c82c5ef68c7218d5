import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ConfidenceLevel } from "@/lib/domain/confidence";

const TONE: Record<ConfidenceLevel, BadgeTone> = { high: "green", medium: "neutral", low: "amber" };
// A mark beside the word, so colour is never the only signal.
const MARK: Record<ConfidenceLevel, string> = { high: "▲", medium: "■", low: "▼" };

/** The owner's confidence in a goal, "Confidence: low", beside its status. */
export function ConfidenceBadge({ level }: { level: ConfidenceLevel }) {
  const t = useTranslations("confidence");
  return (
    <Badge tone={TONE[level]}>
      <span aria-hidden className="mr-1">
        {MARK[level]}
      </span>
      {t("badge", { level: t(`levels.${level}`) })}
    </Badge>
  );
}
