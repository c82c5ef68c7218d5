import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { PaceStatus } from "@/lib/domain/pace";

const TONE: Record<PaceStatus, BadgeTone> = { on_track: "green", at_risk: "amber", off_track: "red", no_data: "neutral" };
const MARK: Record<PaceStatus, string> = { on_track: "✓", at_risk: "!", off_track: "✕", no_data: "–" };

/** A goal's pace in words and a mark, so colour is never the only signal. */
export function PaceBadge({ pace }: { pace: PaceStatus }) {
  const t = useTranslations("dashboard.pace");
  return (
    <Badge tone={TONE[pace]}>
      <span aria-hidden className="mr-1">
        {MARK[pace]}
      </span>
      {t(pace)}
    </Badge>
  );
}
