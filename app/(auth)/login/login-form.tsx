"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { logIn, resendVerificationEmail } from "../actions";

type OAuthError = "providerUnverified" | "accountUnverified" | "other";

export function LoginForm({
  callbackUrl,
  oauthError,
  verified,
  passwordReset,
}: {
  callbackUrl?: string;
  oauthError?: OAuthError;
  verified?: boolean;
  passwordReset?: boolean;
}) {
  const t = useTranslations("login");
  const [state, action] = useActionState(logIn, undefined);
  const form = useFormState(state);
  const unverified = state && !state.ok && state.error === "login.errors.unverified";
  const oauthMessage =
    oauthError === "providerUnverified" || oauthError === "accountUnverified" ? t(`errors.oauthRefused.${oauthError}`) : t("errors.oauth");
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4" noValidate>
        {form.formError ? (
          <Alert>{form.formError}</Alert>
        ) : oauthError ? (
          <Alert>{oauthMessage}</Alert>
        ) : verified ? (
          <Alert tone="success">{t("verified")}</Alert>
        ) : passwordReset ? (
          <Alert tone="success">{t("passwordReset")}</Alert>
        ) : null}
        {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
        <TextField
          label={t("email")}
          name="email"
          type="email"
          autoComplete="email"
          required
          defaultValue={form.value("email")}
          errors={form.errors("email")}
        />
        <TextField
          label={t("password")}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          errors={form.errors("password")}
        />
        <p className="-mt-2 text-right text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            {t("forgot")}
          </Link>
        </p>
        <SubmitButton pendingLabel={t("submitting")} className="w-full">
          {t("submit")}
        </SubmitButton>
      </form>
      {unverified ? <ResendVerificationForm email={form.value("email") ?? ""} /> : null}
    </div>
  );
}

/** Offered when the password was right but the address is not verified yet. */
function ResendVerificationForm({ email }: { email: string }) {
  const t = useTranslations("login");
  const [state, action] = useActionState(resendVerificationEmail, undefined);
  const form = useFormState(state);
  if (state?.ok) return <Alert tone="success">{t("resent", { email: state.data.checkMail })}</Alert>;
  return (
    <form action={action} className="space-y-2">
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="email" value={email} />
      <SubmitButton variant="secondary" pendingLabel={t("resending")} className="w-full">
        {t("resend")}
      </SubmitButton>
    </form>
  );
}
