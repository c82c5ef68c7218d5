import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { VerdictStatus } from "@/lib/domain/verdict";

export const PACE_TONE: Record<VerdictStatus, BadgeTone> = {
  on_track: "green",
  at_risk: "amber",
  off_track: "red",
  achieved: "brand",
  no_data: "neutral",
  too_early: "neutral",
};
export const PACE_MARK: Record<VerdictStatus, string> = {
  on_track: "✓",
  at_risk: "!",
  off_track: "✕",
  achieved: "★",
  no_data: "–",
  too_early: "…",
};

/**
 * A goal's pace in words and a mark, so colour is never the only signal.
 * `label` replaces the pace's own word (the minutes show the team's assessment in the meeting's words).
 */
export function PaceBadge({ pace, label }: { pace: VerdictStatus; label?: string }) {
  const t = useTranslations("dashboard.pace");
  return (
    <Badge tone={PACE_TONE[pace]}>
      <span aria-hidden className="mr-1">
        {PACE_MARK[pace]}
      </span>
      {label ?? t(pace)}
    </Badge>
  );
}
