"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { type ReactElement, useActionState, useState } from "react";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateBenchmarkAction } from "../actions";
import type { EditableBenchmark } from "./benchmark-editor";

/** The Edit button's dialog (Radix's Dialog), fetched when the button is first used (see benchmark-editor.tsx). */
export function BenchmarkEditorDialog({
  org,
  row,
  trigger,
  defaultOpen = false,
}: {
  org: string;
  row: EditableBenchmark;
  trigger: ReactElement;
  defaultOpen?: boolean;
}) {
  const t = useTranslations("benchmarks.edit");
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-950/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl dark:bg-slate-900">
          <Dialog.Title className="text-lg font-semibold">
            {row.choices ? t("addTitle") : t("title", { channel: row.channel })}
          </Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("body")}</Dialog.Description>
          {/* Mounted only while open, so each opening starts from the saved values. */}
          <EditForm org={org} row={row} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function EditForm({ org, row, onDone }: { org: string; row: EditableBenchmark; onDone: () => void }) {
  const t = useTranslations("benchmarks.edit");
  const [state, action] = useActionState(updateBenchmarkAction, undefined);
  const form = useFormState(state);
  useOnSuccess(state, () => {
    toast.success(row.choices ? t("addSaved") : t("saved", { channel: row.channel }));
    onDone();
  });
  const id = (name: string) => `benchmark-${row.metricId || "new"}-${name}`;
  return (
    <form action={action} className="mt-5 space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      {row.choices ? (
        <SelectField
          id={id("metric")}
          label={t("metric")}
          name="metricId"
          required
          defaultValue={form.value("metricId") ?? ""}
          errors={form.errors("metricId")}
          options={[{ value: "", label: t("chooseMetric") }, ...row.choices.map((c) => ({ value: c.metricId, label: c.label }))]}
        />
      ) : (
        <input type="hidden" name="metricId" value={row.metricId} />
      )}
      <TextField
        id={id("uplift")}
        label={t("upliftPct")}
        name="upliftPct"
        inputMode="decimal"
        autoComplete="off"
        required
        hint={t("upliftHint")}
        defaultValue={form.value("upliftPct") ?? row.upliftPct}
        errors={form.errors("upliftPct")}
        className="sm:max-w-40"
      />
      <TextField
        id={id("nb")}
        label={t("typicalGoalNb")}
        name="typicalGoalNb"
        lang="nb"
        required
        maxLength={200}
        defaultValue={form.value("typicalGoalNb") ?? row.typicalGoalNb}
        errors={form.errors("typicalGoalNb")}
      />
      <TextField
        id={id("en")}
        label={t("typicalGoalEn")}
        name="typicalGoalEn"
        lang="en"
        required
        maxLength={200}
        defaultValue={form.value("typicalGoalEn") ?? row.typicalGoalEn}
        errors={form.errors("typicalGoalEn")}
      />
      <TextAreaField
        id={id("source")}
        label={t("source")}
        name="source"
        rows={3}
        required
        maxLength={300}
        hint={t("sourceHint")}
        defaultValue={form.value("source") ?? row.source}
        errors={form.errors("source")}
      />
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Dialog.Close className={buttonClass("secondary")}>{t("cancel")}</Dialog.Close>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
