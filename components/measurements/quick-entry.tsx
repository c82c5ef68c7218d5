"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useActionState, useId, useRef, useState } from "react";
import { toast } from "@/components/toast";
import type { ServerAction } from "@/components/forms/server-actions";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { typedNumber } from "@/lib/domain/decimal-input";
import type { Point } from "@/lib/domain/goal-types";
import { formatDate, type ValueUnit } from "@/lib/format";
import { unusualAt } from "./unusual-answer";
import { UnusualQuestion, useUsualSentence } from "./unusual-question";

export type RecordMeasurement = ServerAction<{ created: number; corrected: number; unchanged: number; date: string; recent: Point[] }>;

/** Value and date (today by default), saved with one click; the page shows it at once. */
export function QuickEntry({
  org,
  channelId,
  metricId,
  today,
  unitLabel,
  unit,
  onOptimistic,
  onSaved,
  recordMeasurement,
}: {
  org: string;
  channelId: string;
  metricId: string;
  today: string;
  unitLabel: string;
  /** The metric's unit, for the usual range in "are you sure?". */
  unit: ValueUnit;
  /** Called inside the action's transition with the value as typed, before the server answers. */
  onOptimistic?: (point: Point) => void;
  /** Called inside the action's transition with the series' latest values once the server has saved it. */
  onSaved?: (recent: Point[]) => void;
  /** The route's recordMeasurementAction, handed down by the page. */
  recordMeasurement: RecordMeasurement;
}) {
  const t = useTranslations("measurements.quick");
  const tu = useTranslations("measurements.unusual");
  const locale = useLocale();
  const router = useRouter();
  const [state, action] = useActionState(async (previous: Awaited<ReturnType<RecordMeasurement>>, formData: FormData) => {
    const text = (name: string) => {
      const field = formData.get(name);
      return typeof field === "string" ? field : "";
    };
    const value = typedNumber(text("value"));
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
  // "Er du sikker?": the answer's question, until the person chooses to change the value.
  const usualSentence = useUsualSentence();
  const [dismissed, setDismissed] = useState<typeof state>(undefined);
  const unusual = state !== dismissed ? unusualAt(state, 0) : null;
  const valueInput = () => formRef.current?.querySelector<HTMLInputElement>("input[name=value]");
  useOnSuccess(state, (result) => {
    const date = result.date;
    toast.success(result.corrected ? t("corrected", { date: formatDate(locale, date) }) : t("saved", { date: formatDate(locale, date) }));
    valueInput()?.focus();
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
          errors={unusual || unusualAt(state, 0) ? undefined : form.errors("value")}
          {...(unusual ? { "aria-describedby": `${id}-unusual` } : {})}
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
      {unusual ? (
        <UnusualQuestion
          id={`${id}-unusual`}
          saveAnyway={
            <SubmitButton name="sure" value="yes" pendingLabel={t("saving")}>
              {tu("saveAnyway")}
            </SubmitButton>
          }
          onChange={() => {
            setDismissed(state);
            valueInput()?.select();
          }}
        >
          <p>
            {tu("far", { value: form.value("value") ?? "" })} {usualSentence(unit, unusual)}
          </p>
        </UnusualQuestion>
      ) : null}
      <TextField id={`${id}-note`} label={t("note")} name="note" defaultValue={form.value("note")} errors={form.errors("note")} />
      {form.formError && !Object.keys(state && !state.ok ? state.fieldErrors : {}).length ? (
        <p className="field-error" role="alert">
          {form.formError}
        </p>
      ) : null}
      {/* While asking, the question's two buttons are the ways on. */}
      {unusual ? null : <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>}
    </form>
  );
}
