"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MIN_PASSWORD_LENGTH } from "@/lib/domain/password-policy";
import { setNewPassword } from "./actions";

export function NewPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("passwordReset");
  const [state, action] = useActionState(setNewPassword, undefined);
  const form = useFormState(state);
  const linkDead = state && !state.ok && state.error === "passwordReset.errors.invalidLink";
  return (
    <form action={action} className="space-y-4" noValidate>
      {form.formError ? (
        <Alert>
          {form.formError}{" "}
          {linkDead ? (
            <Link href="/forgot-password" className="font-medium underline underline-offset-2">
              {t("askAgain")}
            </Link>
          ) : null}
        </Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" name="username" value={email} autoComplete="username" readOnly hidden />
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
      <TextField
        label={t("passwordConfirm")}
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
        errors={form.errors("passwordConfirm")}
      />
      <SubmitButton pendingLabel={t("saving")} className="w-full">
        {t("save")}
      </SubmitButton>
    </form>
  );
}
