"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { GoalStatus } from "@/lib/domain/goal-types";
import { changeGoalStatusAction, deleteDraftGoalAction } from "../actions";

/** What a manager can do with a goal's status from here; each step is checked again on the server. */
export function GoalStatusControls({ org, id, version, status, smart }: { org: string; id: string; version: number; status: GoalStatus; smart: boolean }) {
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
      trigger={<Button variant={variant} disabled={pending}>{label}</Button>}
      title={title}
      description={body}
      confirmLabel={label}
      cancelLabel={t("team.cancel")}
      onConfirm={onConfirm}
    />
  );
  if (status === "draft") {
    return (
      <>
        <Button disabled={pending || !smart} onClick={() => setStatus("active", "goals.done.activated")} title={smart ? undefined : t("goals.form.activateHint")}>
          {t("goals.actions.activate")}
        </Button>
        {confirm(t("goals.actions.delete"), t("goals.actions.deleteTitle"), t("goals.actions.deleteBody"), remove, "ghost")}
      </>
    );
  }
  if (status === "active") {
    return (
      <>
        <Button variant="secondary" disabled={pending} onClick={() => setStatus("achieved", "goals.done.closed")}>
          {t("goals.actions.achieved")}
        </Button>
        <Button variant="secondary" disabled={pending} onClick={() => setStatus("missed", "goals.done.closed")}>
          {t("goals.actions.missed")}
        </Button>
        {confirm(t("goals.actions.archive"), t("goals.actions.archiveTitle"), t("goals.actions.archiveBody"), () => setStatus("archived", "goals.done.archived"), "ghost")}
      </>
    );
  }
  return (
    <Button variant="secondary" disabled={pending} onClick={() => setStatus("draft", "goals.done.reopened")}>
      {t("goals.actions.reopen")}
    </Button>
  );
}
