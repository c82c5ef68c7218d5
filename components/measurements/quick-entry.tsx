"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useId, useRef } from "react";
import { toast } from "@/components/toast";
import type { ServerAction } from "@/components/forms/server-actions";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { parseDecimal } from "@/components/goals/goal-form-state";
import type { Point } from "@/lib/domain/goal-types";
import { formatDate } from "@/lib/format";

export type RecordMeasurement = ServerAction<{ created: number; corrected: number; unchanged: number; date: string; recent: Point[] }>;

/** Value and date (today by default), saved with one click; the page shows it at once. */
export function QuickEntry({
  org,
  channelId,
  metricId,
  today,
  unitLabel,
  onOptimistic,
  onSaved,
  recordMeasurement,
}: {
  org: string;
  channelId: string;
  metricId: string;
  today: string;
  unitLabel: string;
  /** Called inside the action's transition with the value as typed, before the server answers. */
  onOptimistic?: (point: Point) => void;
  /** Called inside the action's transition with the series' latest values once the server has saved it. */
  onSaved?: (recent: Point[]) => void;
  /** The route's recordMeasurementAction, handed down by the page. */
  recordMeasurement: RecordMeasurement;
}) {
  const t = useTranslations("measurements.quick");
  const locale = useLocale();
  const router = useRouter();
  const [state, action] = useActionState(async (previous: Awaited<ReturnType<RecordMeasurement>>, formData: FormData) => {
    const text = (name: string) => {
      const field = formData.get(name);
      return typeof field === "string" ? field : "";
    };
    const value = parseDecimal(text("value"));
    const date = text("date");
    // Shown at once; React drops it again when the action ends, by which time the page has the saved value (or the form the reason it was refused).
    if (onOptimistic && value !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= today) onOptimistic({ date, value });
    try {
      const result = await recordMeasurement(previous, formData);
      // In the same transition as the optimistic value's end, so the list never flickers back to the old values.
      if (result?.ok) onSaved?.(result.data.recent);
      return result;
    } catch {
      // The server never answered (a phone losing its network): what was typed stays, and the form says it was not saved.
      return {
        ok: false as const,
        error: "measurements.quick.unreachable",
        fieldErrors: {},
        values: { value: text("value"), date, note: text("note") },
      };
    }
  }, undefined);
  const form = useFormState(state);
  const formRef = useRef<HTMLFormElement>(null);
  // Several entries can share a page (one per metric on the channel page).
  const id = useId();
  useOnSuccess(state, (result) => {
    const date = result.date;
    toast.success(result.corrected ? t("corrected", { date: formatDate(locale, date) }) : t("saved", { date: formatDate(locale, date) }));
    formRef.current?.querySelector<HTMLInputElement>("input[name=value]")?.focus();
    router.refresh();
  });
  return (
    <form ref={formRef} action={action} className="space-y-3" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="channelId" value={channelId} />
      <input type="hidden" name="metricId" value={metricId} />
      <div className="grid grid-cols-[1fr_auto] gap-3 sm:grid-cols-[1fr_11rem]">
        <TextField
          id={`${id}-value`}
          label={t("value", { unit: unitLabel })}
          name="value"
          inputMode="decimal"
          autoComplete="off"
          required
          defaultValue={form.value("value")}
          errors={form.errors("value")}
        />
        <TextField
          id={`${id}-date`}
          label={t("date")}
          name="date"
          type="date"
          max={today}
          defaultValue={form.value("date") ?? today}
          errors={form.errors("date")}
        />
      </div>
      <TextField id={`${id}-note`} label={t("note")} name="note" defaultValue={form.value("note")} errors={form.errors("note")} />
      {form.formError && !Object.keys(state && !state.ok ? state.fieldErrors : {}).length ? (
        <p className="text-sm text-red-700 dark:text-red-400" role="alert">
          {form.formError}
        </p>
      ) : null}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
