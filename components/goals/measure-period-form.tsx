"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ServerAction } from "@/components/forms/server-actions";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";

/** The organization's default period for goals (a goal may choose its own in the goal form). */
/** The page's setMeasurePeriodAction (components never import from app/). */
export type SetMeasurePeriod = ServerAction<void, FormData>;

export function MeasurePeriodForm({
  org,
  period,
  setMeasurePeriod,
}: {
  org: string;
  period: "week" | "month";
  setMeasurePeriod: SetMeasurePeriod;
}) {
  const t = useTranslations("goals.measurePeriodSetting");
  const tp = useTranslations("goals.form.measurePeriods");
  const [state, action] = useActionState(setMeasurePeriod, undefined);
  const form = useFormState(state);
  useOnSuccess(state, () => toast.success(t("saved")));
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <SelectField
        label={t("label")}
        name="period"
        defaultValue={form.value("period") ?? period}
        errors={form.errors("period")}
        hint={t("hint")}
        options={(["week", "month"] as const).map((p) => ({ value: p, label: tp(p) }))}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
