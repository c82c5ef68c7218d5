"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Fragment, useTransition } from "react";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { nextStatuses } from "@/lib/domain/goal-status";
import type { GoalStatus } from "@/lib/domain/goal-types";
import { changeGoalStatusAction, deleteDraftGoalAction } from "../actions";

/** What a manager can do with a goal's status from here; each step is checked again on the server. */
export function GoalStatusControls({
  org,
  id,
  version,
  status,
  smart,
}: {
  org: string;
  id: string;
  version: number;
  status: GoalStatus;
  smart: boolean;
}) {
  // client messages: action answers
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const setStatus = (next: GoalStatus, doneKey: string) =>
    start(async () => {
      const result = await changeGoalStatusAction(undefined, { org, id, version, status: next });
      if (result?.ok) {
        toast.success(t(doneKey));
        router.refresh();
      } else if (result) toast.error(t(result.error));
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
        return (
          <Button key={next} variant="secondary" disabled={pending} onClick={() => setStatus(next, "goals.done.closed")}>
            {t(`goals.actions.${next}`)}
          </Button>
        );
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
