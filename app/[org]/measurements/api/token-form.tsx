"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { createApiTokenAction } from "./actions";

/** Creates a named token and shows it this once; it lives only in this component's state. */
export function CreateTokenForm({ org }: { org: string }) {
  const t = useTranslations("measurements.api");
  const [state, action] = useActionState(createApiTokenAction, undefined);
  const form = useFormState(state);
  const [copied, setCopied] = useState<string | null>(null);
  const token = state?.ok ? state.data.token : null;
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4" noValidate>
        {form.formError ? <Alert>{form.formError}</Alert> : null}
        <input type="hidden" name="org" value={org} />
        <TextField
          label={t("create.name")}
          name="name"
          required
          maxLength={80}
          autoComplete="off"
          defaultValue={form.value("name")}
          errors={form.errors("name")}
        />
        <SubmitButton pendingLabel={t("create.creating")} className="w-full">
          {t("create.submit")}
        </SubmitButton>
      </form>
      {token ? (
        <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
          <p className="text-sm font-medium" role="status">
            {t("created.heading")}
          </p>
          <label htmlFor="new-api-token" className="sr-only">
            {t("created.label")}
          </label>
          <input
            id="new-api-token"
            readOnly
            value={token}
            onFocus={(e) => e.target.select()}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
          />
          <Button
            variant="secondary"
            className="w-full"
            onClick={() => {
              void navigator.clipboard?.writeText(token).then(() => {
                setCopied(token);
                toast.success(t("created.copied"));
              });
            }}
          >
            {copied === token ? t("created.copied") : t("created.copy")}
          </Button>
          <p className="text-xs text-amber-900 dark:text-amber-100">{t("created.warning")}</p>
        </div>
      ) : null}
    </div>
  );
}
