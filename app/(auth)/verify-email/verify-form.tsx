"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { verifyEmail } from "./actions";

export function VerifyEmailForm({ token, invite }: { token: string; invite?: string }) {
  const t = useTranslations("verifyEmail");
  const [state, action] = useActionState(verifyEmail, undefined);
  const form = useFormState(state);
  return (
    <form action={action} className="space-y-4">
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      {invite ? <input type="hidden" name="invite" value={invite} /> : null}
      <SubmitButton pendingLabel={t("confirming")} className="w-full">
        {t("confirm")}
      </SubmitButton>
    </form>
  );
}
