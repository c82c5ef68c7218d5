"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useActionState, useState } from "react";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_OWN_METRICS, MAX_OWN_NAME, OWN_METRIC_TYPE_KEYS } from "@/lib/domain/own-channels";
import { createOwnChannelAction } from "../own-actions";

/** "Legg til egen kanal": the button and its dialog with the channel's name and its metrics; fetched when the button is first used (add-own-channel.tsx). */
export function AddOwnChannelDialog({ org, defaultOpen = false }: { org: string; defaultOpen?: boolean }) {
  const t = useTranslations("ownChannels");
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className={buttonClass()}>{t("add")}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-950/40" />
        <Dialog.Content className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-2xl -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl dark:bg-slate-900">
          <Dialog.Title className="text-lg font-semibold">{t("addTitle")}</Dialog.Title>
          <Dialog.Description className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("addBody")}</Dialog.Description>
          {/* Mounted only while open: each opening starts from an empty form. */}
          <ChannelForm org={org} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function ChannelForm({ org, onDone }: { org: string; onDone: () => void }) {
  const t = useTranslations("ownChannels");
  const [state, action] = useActionState(createOwnChannelAction, undefined);
  const form = useFormState(state);
  const [name, setName] = useState("");
  // Each row keeps its React key when another row is removed; its fields are numbered by position.
  const [rows, setRows] = useState<number[]>([0]);
  const [next, setNext] = useState(1);
  useOnSuccess(state, () => {
    toast.success(t("created", { name: name.trim() }));
    onDone();
  });
  return (
    <form action={action} className="mt-5 space-y-5" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <TextField
        id="own-channel-name"
        label={t("name")}
        name="name"
        required
        maxLength={MAX_OWN_NAME}
        autoComplete="off"
        hint={t("nameHint")}
        defaultValue={form.value("name") ?? ""}
        onChange={(e) => setName(e.target.value)}
        errors={form.errors("name")}
      />
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">{t("metricsHeading")}</legend>
        <p className="field-hint">{t("metricsHint")}</p>
        {form.errors("metrics")?.length ? (
          <p className="field-error" role="alert">
            {form.errors("metrics")!.join(" ")}
          </p>
        ) : null}
        {/* A select keeps its first default through React's form reset: after a refused save the rows are drawn anew from the values sent back. */}
        <ol key={state && !state.ok ? JSON.stringify(state.values) : "new"} className="space-y-3">
          {rows.map((row, i) => (
            <MetricRow
              key={row}
              index={i}
              form={form}
              onRemove={rows.length > 1 ? () => setRows(rows.filter((r) => r !== row)) : undefined}
            />
          ))}
        </ol>
        {rows.length < MAX_OWN_METRICS ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setRows([...rows, next]);
              setNext(next + 1);
            }}
          >
            {t("addMetric")}
          </Button>
        ) : null}
      </fieldset>
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Dialog.Close className={buttonClass("secondary")}>{t("cancel")}</Dialog.Close>
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}

function MetricRow({ index, form, onRemove }: { index: number; form: ReturnType<typeof useFormState>; onRemove?: () => void }) {
  const t = useTranslations("ownChannels");
  const field = (name: string) => `metrics.${index}.${name}`;
  const id = (name: string) => `own-metric-${index}-${name}`;
  const number = index + 1;
  return (
    <li className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <fieldset>
        <legend className="sr-only">{t("metric", { number })}</legend>
        <div className="mb-2 flex items-center justify-between gap-2">
          <p aria-hidden className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {t("metric", { number })}
          </p>
          {onRemove ? (
            <Button type="button" variant="ghost" className="min-h-9 px-2" onClick={onRemove}>
              {t("removeMetric", { number })}
            </Button>
          ) : null}
        </div>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            id={id("name")}
            label={t("metricName")}
            name={field("name")}
            required
            maxLength={MAX_OWN_NAME}
            autoComplete="off"
            defaultValue={form.value(field("name")) ?? ""}
            errors={form.errors(field("name"))}
          />
          <SelectField
            id={id("direction")}
            label={t("direction")}
            name={field("direction")}
            defaultValue={form.value(field("direction")) ?? "increase"}
            errors={form.errors(field("direction"))}
            options={[
              { value: "increase", label: t("increase") },
              { value: "decrease", label: t("decrease") },
            ]}
          />
          <div className="sm:col-span-2">
            <SelectField
              id={id("type")}
              label={t("type")}
              name={field("type")}
              defaultValue={form.value(field("type")) ?? "countLevel"}
              errors={form.errors(field("type"))}
              options={OWN_METRIC_TYPE_KEYS.map((k) => ({ value: k, label: t(`types.${k}`) }))}
            />
          </div>
          <TextField
            id={id("benchmark")}
            label={t("benchmark")}
            name={field("benchmarkPct")}
            inputMode="decimal"
            autoComplete="off"
            hint={t("benchmarkHint")}
            defaultValue={form.value(field("benchmarkPct")) ?? ""}
            errors={form.errors(field("benchmarkPct"))}
          />
        </div>
      </fieldset>
    </li>
  );
}
