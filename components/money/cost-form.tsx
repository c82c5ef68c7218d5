"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import type { ServerAction } from "@/components/forms/server-actions";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The page's addOneOffCostAction. */
export type AddOneOffCost = ServerAction<{ id: string }, FormData>;

/** A cost outside the ad platforms: date, amount and what it was for. */
export function CostForm({ org, channelId, today, addCost }: { org: string; channelId: string; today: string; addCost: AddOneOffCost }) {
  const t = useTranslations("money.costForm");
  const [state, action] = useActionState(addCost, undefined);
  const form = useFormState(state);
  const ref = useRef<HTMLFormElement>(null);
  useOnSuccess(state, () => {
    toast.success(t("saved"));
    ref.current?.reset();
  });
  return (
    <form ref={ref} action={action} className="space-y-3" noValidate aria-labelledby="cost-form-heading">
      <div>
        <h3 id="cost-form-heading" className="font-medium">
          {t("heading")}
        </h3>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("hint")}</p>
      </div>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="channelId" value={channelId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("date")}
          name="date"
          type="date"
          max={today}
          defaultValue={form.value("date") ?? today}
          errors={form.errors("date")}
        />
        <TextField
          id="cost-amount"
          label={t("amount")}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={form.value("amount") ?? ""}
          errors={form.errors("amount")}
        />
      </div>
      <TextField
        id="cost-note"
        label={t("note")}
        name="note"
        maxLength={200}
        placeholder={t("notePlaceholder")}
        defaultValue={form.value("note") ?? ""}
        errors={form.errors("note")}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
