"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useActionState, useState } from "react";
import { toast } from "sonner";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { updateBenchmarkAction } from "../actions";

export type EditableBenchmark = {
  channelId: string;
  channel: string;
  /** The uplift as the person would type it in their language ("17,5" in bokmål). */
  upliftPct: string;
  typicalGoalNb: string;
  typicalGoalEn: string;
  source: string;
};

/** A manager's Edit button on one channel's row, and the dialog it opens. */
export function BenchmarkEditor({ org, row }: { org: string; row: EditableBenchmark }) {
  const t = useTranslations("benchmarks.edit");
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button variant="secondary" className="min-h-9 px-3">
          <span aria-hidden>{t("open")}</span>
          <span className="sr-only">{t("openFor", { channel: row.channel })}</span>
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-950/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl dark:bg-slate-900">
          <Dialog.Title className="text-lg font-semibold">{t("title", { channel: row.channel })}</Dialog.Title>
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
    toast.success(t("saved", { channel: row.channel }));
    onDone();
  });
  const id = (name: string) => `benchmark-${row.channelId}-${name}`;
  return (
    <form action={action} className="mt-5 space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="channelId" value={row.channelId} />
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
      <TextField id={id("nb")} label={t("typicalGoalNb")} name="typicalGoalNb" lang="nb" required maxLength={200} defaultValue={form.value("typicalGoalNb") ?? row.typicalGoalNb} errors={form.errors("typicalGoalNb")} />
      <TextField id={id("en")} label={t("typicalGoalEn")} name="typicalGoalEn" lang="en" required maxLength={200} defaultValue={form.value("typicalGoalEn") ?? row.typicalGoalEn} errors={form.errors("typicalGoalEn")} />
      <TextAreaField id={id("source")} label={t("source")} name="source" rows={3} required maxLength={300} hint={t("sourceHint")} defaultValue={form.value("source") ?? row.source} errors={form.errors("source")} />
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Dialog.Close className={buttonClass("secondary")}>{t("cancel")}</Dialog.Close>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
