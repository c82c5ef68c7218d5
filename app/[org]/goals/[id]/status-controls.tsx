"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Fragment, useState, useTransition } from "react";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { nextStatuses } from "@/lib/domain/goal-status";
import type { GoalStatus } from "@/lib/domain/goal-types";
import { changeGoalStatusAction, deleteDraftGoalAction } from "../actions";
import { CloseGoalButton } from "./close-goal";
import { ActivateWithReason } from "./activate-with-reason";

/** What a manager can do with a goal's status from here; each step is checked again on the server. */
export function GoalStatusControls({
  org,
  id,
  version,
  title,
  status,
  smart,
  askReason = false,
}: {
  org: string;
  id: string;
  version: number;
  title: string;
  status: GoalStatus;
  smart: boolean;
  /** The realism check calls the target unrealistic: activating asks for a written reason. */
  askReason?: boolean;
}) {
  // client messages: action answers
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [reasonError, setReasonError] = useState<string | null>(null);
  const setStatus = (next: GoalStatus, doneKey: string, realismReason = "") =>
    start(async () => {
      const result = await changeGoalStatusAction(undefined, { org, id, version, status: next, realismReason });
      if (result?.ok) {
        toast.success(t(doneKey));
        router.refresh();
      } else if (result) {
        const field = result.fieldErrors?.realismReason?.[0];
        if (field) setReasonError(t(field));
        else toast.error(t(result.error));
      }
    });
  const remove = () =>
    start(async () => {
      const result = await deleteDraftGoalAction(undefined, { org, id, version });
      if (result && !result.ok) toast.error(t(result.error));
    });
  const confirm = (label: string, title: string, body: string, onConfirm: () => void, variant: "secondary" | "ghost" = "secondary") => (
    <ConfirmDialog
      trigger={
        <Button variant={variant} disabled={pending}>
          {label}
        </Button>
      }
      title={title}
      description={body}
      confirmLabel={label}
      cancelLabel={t("team.cancel")}
      onConfirm={onConfirm}
    />
  );
  // One control per step the status table allows from here (lib/domain/goal-status).
  const control = (next: GoalStatus) => {
    switch (next) {
      case "active":
        if (askReason && smart)
          return (
            <ActivateWithReason
              key={next}
              pending={pending}
              error={reasonError}
              onActivate={(reason) => setStatus("active", "goals.done.activated", reason)}
            />
          );
        return (
          <Button
            key={next}
            disabled={pending || !smart}
            onClick={() => setStatus("active", "goals.done.activated")}
            title={smart ? undefined : t("goals.form.activateHint")}
          >
            {t("goals.actions.activate")}
          </Button>
        );
      case "achieved":
      case "missed":
        // Asks why: the reason is kept with the revision.
        return <CloseGoalButton key={next} org={org} id={id} version={version} title={title} outcome={next} disabled={pending} />;
      case "archived":
        return (
          <Fragment key={next}>
            {confirm(
              t("goals.actions.archive"),
              t("goals.actions.archiveTitle"),
              t("goals.actions.archiveBody"),
              () => setStatus("archived", "goals.done.archived"),
              "ghost",
            )}
          </Fragment>
        );
      case "draft":
        return (
          <Button key={next} variant="secondary" disabled={pending} onClick={() => setStatus("draft", "goals.done.reopened")}>
            {t("goals.actions.reopen")}
          </Button>
        );
    }
  };
  return (
    <>
      {nextStatuses(status).map(control)}
      {status === "draft" &&
        confirm(t("goals.actions.delete"), t("goals.actions.deleteTitle"), t("goals.actions.deleteBody"), remove, "ghost")}
    </>
  );
}
