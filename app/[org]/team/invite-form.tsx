"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { INVITATION_DAYS } from "@/lib/domain/invitations";
import { DEFAULT_INVITED_ROLE, ROLES } from "@/lib/domain/roles";
import { LOCALES } from "@/lib/i18n/locales";
import { inviteMember } from "./actions";

export function InviteForm({ org, orgLocale }: { org: string; orgLocale: string }) {
  const t = useTranslations("team.invite");
  const tRoles = useTranslations("roles");
  const [state, action] = useActionState(inviteMember, undefined);
  const form = useFormState(state);
  const [copied, setCopied] = useState(false);
  const link = state?.ok ? `${window.location.origin}${state.data.path}` : null;
  return (
    <div className="space-y-4">
      <form action={action} className="space-y-4" noValidate>
        {form.formError ? <Alert>{form.formError}</Alert> : null}
        <input type="hidden" name="org" value={org} />
        <SelectField
          label={t("role")}
          name="role"
          defaultValue={form.value("role") ?? DEFAULT_INVITED_ROLE}
          errors={form.errors("role")}
          options={[...ROLES].reverse().map((r) => ({ value: r, label: tRoles(r) }))}
        />
        <TextField
          label={t("email")}
          name="email"
          type="email"
          hint={t("emailHint")}
          defaultValue={form.value("email")}
          errors={form.errors("email")}
        />
        <SelectField
          label={t("mailLanguage")}
          name="locale"
          hint={t("mailLanguageHint")}
          defaultValue={form.value("locale") ?? orgLocale}
          errors={form.errors("locale")}
          options={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
        <TextField
          label={t("days")}
          name="days"
          type="number"
          inputMode="numeric"
          min={INVITATION_DAYS.min}
          max={INVITATION_DAYS.max}
          defaultValue={form.value("days") ?? String(INVITATION_DAYS.default)}
          errors={form.errors("days")}
        />
        <SubmitButton pendingLabel={t("creating")} className="w-full">
          {t("submit")}
        </SubmitButton>
      </form>
      {link ? (
        <div className="space-y-2 rounded-lg border border-brand-200 bg-brand-50 p-3 dark:border-brand-800 dark:bg-brand-950">
          <p className="text-sm font-medium" role="status">
            {state?.ok && state.data.mailedTo ? t("mailed", { email: state.data.mailedTo }) : t("created")}
          </p>
          <label htmlFor="invite-link" className="sr-only">
            {t("linkLabel")}
          </label>
          <input
            id="invite-link"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 font-mono text-xs dark:border-slate-700 dark:bg-slate-900"
          />
          <Button
            variant="secondary"
            className="w-full"
            onClick={() => {
              void navigator.clipboard?.writeText(link).then(() => {
                setCopied(true);
                toast.success(t("copied"));
              });
            }}
          >
            {copied ? t("copied") : t("copy")}
          </Button>
          <p className="field-hint">{t("onceNote")}</p>
        </div>
      ) : null}
    </div>
  );
}
