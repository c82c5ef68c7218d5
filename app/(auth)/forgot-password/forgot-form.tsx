"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { requestPasswordResetLink } from "./actions";

export function ForgotPasswordForm({ minutes }: { minutes: number }) {
  const t = useTranslations("passwordReset");
  const [state, action] = useActionState(requestPasswordResetLink, undefined);
  const form = useFormState(state);
  if (state?.ok) {
    return (
      <div role="status" className="rounded-md bg-brand-50 p-4 text-sm text-brand-900 dark:bg-brand-950 dark:text-brand-100">
        <h2 className="font-semibold">{t("sentTitle")}</h2>
        <p className="mt-1">{t("sentBody", { email: state.data.checkMail, minutes })}</p>
      </div>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={form.value("email")}
        errors={form.errors("email")}
      />
      <SubmitButton pendingLabel={t("sending")} className="w-full">
        {t("send")}
      </SubmitButton>
    </form>
  );
}
