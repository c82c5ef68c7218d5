"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { trustThisBrowser } from "./actions";

export function TrustBrowserForm({ token }: { token: string }) {
  const t = useTranslations("unblock");
  const [state, action] = useActionState(trustThisBrowser, undefined);
  const form = useFormState(state);
  return (
    <form action={action} className="space-y-3">
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </SubmitButton>
    </form>
  );
}
