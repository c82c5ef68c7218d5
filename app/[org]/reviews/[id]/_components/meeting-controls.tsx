"use client";

import { useTranslations } from "next-intl";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { MeetingStatus } from "@/db/schema";
import { unassessedGoals } from "@/lib/domain/review-decisions";
import { cancelMeetingAction, closeMeetingAction, startMeetingAction } from "../../actions";
import { useMeeting } from "./meeting-live";

/**
 * A manager starts the meeting, closes it (which locks it) or cancels one that
 * has not started. Closing names the agenda's goals nobody has assessed yet,
 * from the live decisions (closing is still allowed).
 */
export function MeetingControls({
  org,
  id,
  status,
  agenda,
}: {
  org: string;
  id: string;
  status: MeetingStatus;
  agenda: { id: string; title: string }[];
}) {
  const t = useTranslations("reviews.meeting");
  const { activity } = useMeeting();
  const unassessed = unassessedGoals(agenda, activity.decisions);
  const start = useToastAction(startMeetingAction);
  const close = useToastAction(closeMeetingAction);
  const cancel = useToastAction(cancelMeetingAction);
  const input = { org, id };
  if (status === "closed") return null;
  return (
    <div className="flex flex-wrap gap-2 print:hidden">
      {status === "scheduled" ? (
        <>
          <Button onClick={() => start.run(input, "reviews.meeting.started")} disabled={start.pending}>
            {t("start")}
          </Button>
          <ConfirmDialog
            trigger={
              <Button variant="ghost" disabled={cancel.pending}>
                {t("cancel")}
              </Button>
            }
            title={t("cancelTitle")}
            description={t("cancelBody")}
            confirmLabel={t("cancelConfirm")}
            cancelLabel={t("keep")}
            onConfirm={() => cancel.run(input, "reviews.meeting.cancelled")}
          />
        </>
      ) : null}
      <ConfirmDialog
        trigger={
          <Button variant={status === "open" ? "primary" : "secondary"} disabled={close.pending}>
            {t("close")}
          </Button>
        }
        title={t("closeTitle")}
        description={t("closeBody")}
        details={
          unassessed.length ? (
            <div
              role="alert"
              className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-100"
            >
              <p className="font-medium">{t("unassessed", { count: unassessed.length })}</p>
              <ul className="mt-1 list-disc pl-5">
                {unassessed.map((g) => (
                  <li key={g.id}>{g.title}</li>
                ))}
              </ul>
              <p className="mt-2">{t("unassessedNote")}</p>
            </div>
          ) : null
        }
        confirmLabel={t("closeConfirm")}
        cancelLabel={t("keepOpen")}
        onConfirm={() => close.run(input, "reviews.meeting.closed")}
      />
    </div>
  );
}
