"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { acceptInvite } from "../actions";

export function AcceptInviteForm({ token, org, signedInAs }: { token: string; org: string; signedInAs: string }) {
  const t = useTranslations("invite");
  const [state, action] = useActionState(acceptInvite, undefined);
  const form = useFormState(state);
  return (
    <form action={action} className="space-y-3">
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("signedInAs", { email: signedInAs })}</p>
      <SubmitButton pendingLabel={t("joining")} className="w-full">
        {t("join", { org })}
      </SubmitButton>
    </form>
  );
}
