import { useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { MeetingStatus } from "@/db/schema";

const TONE: Record<MeetingStatus, BadgeTone> = { scheduled: "neutral", open: "brand", closed: "green" };

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useTranslations("reviews.status");
  return <Badge tone={TONE[status]}>{t(status)}</Badge>;
}
