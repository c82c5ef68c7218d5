"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

/**
 * Activating a goal whose target the realism check calls unrealistic: the
 * button opens a short form asking why the team thinks it can be done; the
 * reason is kept with the goal (the server asks again if it is missing).
 */
export function ActivateWithReason({
  pending,
  error,
  onActivate,
}: {
  pending: boolean;
  error: string | null;
  onActivate: (reason: string) => void;
}) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const panelId = useId();
  return (
    <>
      <Button aria-expanded={open} aria-controls={panelId} disabled={pending} onClick={() => setOpen((o) => !o)}>
        {t("goals.actions.activate")}
      </Button>
      {open ? (
        <form
          id={panelId}
          className="w-full max-w-xl space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-700 dark:bg-amber-950/40"
          onSubmit={(e) => {
            e.preventDefault();
            onActivate(reason);
          }}
        >
          <h2 className="text-base font-semibold">{t("goals.realism.activateTitle")}</h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("goals.realism.activateBody")}</p>
          <TextAreaField
            label={t("goals.realism.reasonLabel")}
            name="realismReason"
            rows={3}
            maxLength={1000}
            required
            hint={t("goals.realism.reasonHint")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            errors={error ? [error] : undefined}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={pending}>
              {t("goals.realism.activateConfirm")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {t("team.cancel")}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
