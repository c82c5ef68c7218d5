"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { logOutEverywhereAction } from "./actions";

/** Ends every session of this person, here too; the answer is the login page. */
export function LogOutEverywhereForm() {
  const t = useTranslations("account");
  const [state, action] = useActionState(logOutEverywhereAction, undefined);
  const form = useFormState(state);
  return (
    <form action={action} className="space-y-4">
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <SubmitButton variant="secondary" pendingLabel={t("loggingOutEverywhere")}>
        {t("logOutEverywhere")}
      </SubmitButton>
    </form>
  );
}
