"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createOrganization } from "./actions";

export function NewOrganizationForm() {
  const t = useTranslations("newOrganization");
  const [state, action] = useActionState(createOrganization, undefined);
  const form = useFormState(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <TextField
        label={t("name")}
        name="name"
        required
        placeholder={t("placeholder")}
        defaultValue={form.value("name")}
        errors={form.errors("name")}
      />
      <SubmitButton pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
