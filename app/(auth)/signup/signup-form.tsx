"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/password-policy";
import { signUp } from "../actions";

export function SignUpForm({ invite, email }: { invite?: string; email?: string }) {
  const t = useTranslations("signup");
  const [state, action] = useActionState(signUp, undefined);
  const form = useFormState(state);
  if (state?.ok) {
    return (
      <Alert tone="success">
        <strong className="block font-semibold">{t("checkMailTitle")}</strong>
        {t("checkMailBody", { email: state.data.checkMail })}
      </Alert>
    );
  }
  return (
    <form action={action} className="space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      <TextField
        label={t("name")}
        name="name"
        autoComplete="name"
        required
        defaultValue={form.value("name")}
        errors={form.errors("name")}
      />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        required
        defaultValue={form.value("email") ?? email}
        errors={form.errors("email")}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
        errors={form.errors("password")}
      />
      {invite ? null : (
        <TextField
          label={t("organization")}
          name="organization"
          autoComplete="organization"
          required
          placeholder={t("organizationPlaceholder")}
          defaultValue={form.value("organization")}
          errors={form.errors("organization")}
        />
      )}
      <SubmitButton pendingLabel={t("submitting")} className="w-full">
        {invite ? t("submitInvited") : t("submit")}
      </SubmitButton>
    </form>
  );
}
