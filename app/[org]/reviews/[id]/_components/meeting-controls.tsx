"use client";

import { useTranslations } from "next-intl";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { MeetingStatus } from "@/db/schema";
import { cancelMeetingAction, closeMeetingAction, startMeetingAction } from "../../actions";

/** A manager starts the meeting, closes it (which locks it) or cancels one that has not started. */
export function MeetingControls({ org, id, status }: { org: string; id: string; status: MeetingStatus }) {
  const t = useTranslations("reviews.meeting");
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
        confirmLabel={t("closeConfirm")}
        cancelLabel={t("keepOpen")}
        onConfirm={() => close.run(input, "reviews.meeting.closed")}
      />
    </div>
  );
}
