"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/password-policy";
import { changePasswordAction } from "./actions";

export function PasswordForm({ org }: { org: string }) {
  const t = useTranslations("account");
  const [state, action] = useActionState(changePasswordAction, undefined);
  const form = useFormState(state);
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <TextField
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={form.errors("currentPassword")}
      />
      <TextField
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        hint={t("newPasswordHint", { min: MIN_PASSWORD_LENGTH })}
        errors={form.errors("newPassword")}
      />
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
