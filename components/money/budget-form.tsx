"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ServerAction } from "@/components/forms/server-actions";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The page's setBudgetAction (components never import from app/). */
export type SetBudget = ServerAction<void, FormData>;

/** A channel's budget for a month; an empty amount removes it. */
export function BudgetForm({
  org,
  channelId,
  month,
  amount,
  setBudget,
}: {
  org: string;
  channelId: string;
  /** "2026-12": the month the form opens on. */
  month: string;
  amount: number | null;
  setBudget: SetBudget;
}) {
  const t = useTranslations("money.budgetForm");
  const [state, action] = useActionState(setBudget, undefined);
  const form = useFormState(state);
  useOnSuccess(state, () => toast.success(t("saved")));
  return (
    <form action={action} className="space-y-3" noValidate aria-labelledby="budget-form-heading">
      <h3 id="budget-form-heading" className="font-medium">
        {t("heading")}
      </h3>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="channelId" value={channelId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          id="budget-month"
          label={t("month")}
          name="month"
          type="month"
          defaultValue={form.value("month") ?? month}
          errors={form.errors("month")}
        />
        <TextField
          id="budget-amount"
          label={t("amount")}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={form.value("amount") ?? (amount === null ? "" : String(amount))}
          errors={form.errors("amount")}
          hint={t("amountHint")}
        />
      </div>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
