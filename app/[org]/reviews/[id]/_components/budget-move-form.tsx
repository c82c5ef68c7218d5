"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { moveBudgetAction } from "../../actions";

/**
 * "Move 2 000 kr of December's budget from Google Ads to Facebook", with a
 * required reason. The server checks it against the budget (never more than
 * the channel has that month); the page then shows the move and the new budgets.
 */
export function BudgetMoveForm({
  org,
  meetingId,
  month,
  channels,
}: {
  org: string;
  meetingId: string;
  /** "2026-12": this month, where the form opens. */
  month: string;
  channels: { id: string; name: string }[];
}) {
  const t = useTranslations("reviews.budgetMove");
  const router = useRouter();
  const [state, action] = useActionState(moveBudgetAction, undefined);
  const form = useFormState(state);
  const ref = useRef<HTMLFormElement>(null);
  useOnSuccess(state, () => {
    toast.success(t("saved"));
    ref.current?.reset();
    router.refresh();
  });
  const options = [{ value: "", label: t("choose") }, ...channels.map((c) => ({ value: c.id, label: c.name }))];
  return (
    <form ref={ref} action={action} className="space-y-3" noValidate aria-labelledby="budget-move-heading">
      <h3 id="budget-move-heading" className="font-medium">
        {t("heading")}
      </h3>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <div className="grid gap-3 sm:grid-cols-2">
        {/* A select takes its default only when it mounts: keyed, it keeps the choice when React resets the form after a refusal. */}
        <SelectField
          key={`from-${form.value("fromChannelId") ?? ""}`}
          id="move-from"
          label={t("from")}
          name="fromChannelId"
          options={options}
          defaultValue={form.value("fromChannelId") ?? ""}
          errors={form.errors("fromChannelId")}
        />
        <SelectField
          key={`to-${form.value("toChannelId") ?? ""}`}
          id="move-to"
          label={t("to")}
          name="toChannelId"
          options={options}
          defaultValue={form.value("toChannelId") ?? ""}
          errors={form.errors("toChannelId")}
        />
        <TextField
          id="move-month"
          label={t("month")}
          name="month"
          type="month"
          defaultValue={form.value("month") ?? month}
          errors={form.errors("month")}
        />
        <TextField
          id="move-amount"
          label={t("amount")}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          defaultValue={form.value("amount") ?? ""}
          errors={form.errors("amount")}
          hint={t("amountHint")}
        />
      </div>
      <TextField
        id="move-reason"
        label={t("reason")}
        name="reason"
        maxLength={500}
        defaultValue={form.value("reason") ?? ""}
        errors={form.errors("reason")}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
