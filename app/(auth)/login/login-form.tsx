"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { logIn } from "../actions";

export function LoginForm({ callbackUrl, oauthError }: { callbackUrl?: string; oauthError?: boolean }) {
  const t = useTranslations("login");
  const [state, action] = useActionState(logIn, undefined);
  const form = useFormState(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : oauthError ? <Alert>{t("errors.oauth")}</Alert> : null}
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
      <TextField label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={form.value("email")} errors={form.errors("email")} />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required errors={form.errors("password")} />
      <SubmitButton pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
