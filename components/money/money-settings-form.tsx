"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ServerAction } from "@/components/forms/server-actions";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { VAT_MODES, type VatMode } from "@/lib/domain/money";
import { MONEY_VISIBILITIES, type MoneyVisibility } from "@/lib/domain/roles";

/** The page's setMoneyVisibilityAction and setVatModeAction. */
export type SetMoneySetting = ServerAction<void, FormData>;

/** One money setting of the organization, as a select with its own save button. */
function SettingForm<V extends string>({
  org,
  name,
  value,
  values,
  save,
  hint,
}: {
  org: string;
  name: "moneyVisibility" | "vatMode";
  value: V;
  values: readonly V[];
  save: SetMoneySetting;
  hint?: string;
}) {
  const t = useTranslations("money.settings");
  const [state, action] = useActionState(save, undefined);
  const form = useFormState(state);
  useOnSuccess(state, () => toast.success(t("saved")));
  const label = name === "moneyVisibility" ? t("visibility") : t("vat");
  const option = (v: V) => (name === "moneyVisibility" ? t(`visibilityOptions.${v as MoneyVisibility}`) : t(`vatOptions.${v as VatMode}`));
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <div className="min-w-64 flex-1">
        <SelectField
          label={label}
          name={name}
          defaultValue={form.value(name) ?? value}
          errors={form.errors(name)}
          hint={hint}
          options={values.map((v) => ({ value: v, label: option(v) }))}
        />
      </div>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}

/** Who sees money (owners only decide) and whether amounts include VAT. */
export function MoneySettingsForm({
  org,
  moneyVisibility,
  vatMode,
  setMoneyVisibility,
  setVatMode,
}: {
  org: string;
  moneyVisibility: MoneyVisibility;
  vatMode: VatMode;
  /** Null when this person may not choose who sees money. */
  setMoneyVisibility: SetMoneySetting | null;
  /** Null when this person may not change the VAT setting. */
  setVatMode: SetMoneySetting | null;
}) {
  const t = useTranslations("money.settings");
  return (
    <div className="space-y-4">
      {setMoneyVisibility ? (
        <SettingForm
          org={org}
          name="moneyVisibility"
          value={moneyVisibility}
          values={MONEY_VISIBILITIES}
          save={setMoneyVisibility}
          hint={t("visibilityHint")}
        />
      ) : null}
      {setVatMode ? <SettingForm org={org} name="vatMode" value={vatMode} values={VAT_MODES} save={setVatMode} /> : null}
    </div>
  );
}
