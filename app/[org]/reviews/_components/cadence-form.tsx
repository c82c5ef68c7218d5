"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { REVIEW_CADENCES, type ReviewCadence } from "@/lib/domain/review-cadence";
import { setCadenceAction } from "../actions";

/** How often the team meets, and the date of the next review (empty: follow the cadence). */
export function CadenceForm({ org, cadence, nextReviewOn }: { org: string; cadence: ReviewCadence; nextReviewOn: string | null }) {
  const t = useTranslations("reviews.cadence");
  const [state, action] = useActionState(setCadenceAction, undefined);
  const form = useFormState(state);
  useOnSuccess(state, () => toast.success(t("saved")));
  return (
    <form action={action} className="space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <SelectField
        label={t("label")}
        name="cadence"
        defaultValue={form.value("cadence") ?? cadence}
        errors={form.errors("cadence")}
        options={REVIEW_CADENCES.map((c) => ({ value: c, label: t(`options.${c}`) }))}
      />
      <TextField
        label={t("nextReview")}
        name="nextReviewOn"
        type="date"
        defaultValue={form.value("nextReviewOn") ?? nextReviewOn ?? ""}
        errors={form.errors("nextReviewOn")}
        hint={t("nextReviewHint")}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")} className="w-full">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
