"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ServerAction } from "@/components/forms/server-actions";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** The page's setResultMetricsAction. */
export type SetResultMetrics = ServerAction<void, FormData>;

/** Which of the channel's counted metrics are its results (cost per result). */
export function ResultMetricsForm({
  org,
  channelId,
  options,
  chosen,
  setResultMetrics,
}: {
  org: string;
  channelId: string;
  /** The channel's metrics that can count as results (totals, not money), named in the reader's language. */
  options: { id: string; name: string }[];
  chosen: string[];
  setResultMetrics: SetResultMetrics;
}) {
  const t = useTranslations("money.resultsForm");
  const [state, action] = useActionState(setResultMetrics, undefined);
  const form = useFormState(state);
  useOnSuccess(state, () => toast.success(t("saved")));
  if (!options.length) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>;
  const errors = form.errors("metricIds");
  return (
    <form action={action} className="space-y-3" noValidate>
      {form.formError && !errors?.length ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="channelId" value={channelId} />
      <fieldset aria-describedby="result-metrics-hint">
        <legend className="font-medium">{t("heading")}</legend>
        <p id="result-metrics-hint" className="text-sm text-slate-600 dark:text-slate-400">
          {t("hint")}
        </p>
        <div className="mt-2 space-y-1">
          {options.map((o) => (
            <label key={o.id} className="flex min-h-9 items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="metricIds"
                value={o.id}
                defaultChecked={chosen.includes(o.id)}
                className="size-4 accent-brand-600"
              />
              {o.name}
            </label>
          ))}
        </div>
        {errors?.length ? (
          <p className="field-error" role="alert">
            {errors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("save")}
      </SubmitButton>
    </form>
  );
}
