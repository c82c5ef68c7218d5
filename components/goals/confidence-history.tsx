import { useLocale, useTranslations } from "next-intl";
import type { ConfidenceEntry } from "@/lib/data/check-ins";
import { formatDateTime } from "@/lib/format";
import { ConfidenceBadge } from "./confidence-badge";

/** A goal's confidence check-ins, newest first: level, comment, who and when, and whether it was said in a meeting. */
export function ConfidenceHistory({ entries, timeZone }: { entries: ConfidenceEntry[]; timeZone: string }) {
  const t = useTranslations("confidence");
  const locale = useLocale();
  if (!entries.length) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>;
  return (
    <ol aria-label={t("historyLabel")} className="space-y-2">
      {entries.map((e) => (
        <li key={e.id} className="text-sm">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <ConfidenceBadge level={e.level} />
            <span className="text-xs text-slate-600 dark:text-slate-400">
              {t(e.meetingId ? "byInMeeting" : "by", {
                name: e.recordedByName ?? t("formerMember"),
                date: formatDateTime(locale, e.createdAt, timeZone),
              })}
            </span>
          </div>
          {e.comment ? <p className="mt-0.5 break-words text-slate-800 dark:text-slate-200">{e.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}
