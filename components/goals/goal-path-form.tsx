"use client";

import { useTranslations } from "next-intl";
import { useActionState, useId, useState } from "react";
import type { ServerAction } from "@/components/forms/server-actions";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_MILESTONES, PATH_KINDS, type PathKind } from "@/lib/domain/expected-path";

/** The page's setGoalPathAction (components never import from app/). */
export type SetGoalPath = ServerAction<void, FormData>;

type Row = { key: number; date: string; value: string };

/**
 * How a goal is expected to get to its target: a steady line, last year's
 * season, or milestones the team sets ("40 by end of March"). Owners and
 * managers; the server checks the milestones and answers next to each row.
 */
export function GoalPathForm({
  org,
  goalId,
  version,
  kind: savedKind,
  milestones,
  unitLabel,
  start,
  deadline,
  setGoalPath,
}: {
  org: string;
  goalId: string;
  version: number;
  kind: PathKind;
  /** As the person edits them: the value in the page's number format. */
  milestones: { date: string; value: string }[];
  unitLabel: string;
  start: string | null;
  deadline: string | null;
  setGoalPath: SetGoalPath;
}) {
  const t = useTranslations("goals.path");
  const [state, action] = useActionState(setGoalPath, undefined);
  const form = useFormState(state);
  const id = useId();
  const [kind, setKind] = useState<PathKind>(savedKind);
  const [rows, setRows] = useState<Row[]>(() =>
    (milestones.length ? milestones : [{ date: "", value: "" }]).map((m, key) => ({ key, ...m })),
  );
  const [nextKey, setNextKey] = useState(rows.length);
  useOnSuccess(state, () => toast.success(t("saved")));
  const update = (key: number, change: Partial<Row>) => setRows((all) => all.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const listErrors = form.errors("milestones");

  return (
    <form action={action} className="space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={goalId} />
      <input type="hidden" name="version" value={version} />
      <fieldset>
        <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{t("legend")}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {PATH_KINDS.map((k) => (
            <label
              key={k}
              className="flex cursor-pointer gap-2 rounded-lg border border-slate-300 p-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 dark:border-slate-700 dark:has-[:checked]:bg-brand-900/60"
            >
              {/* Uncontrolled, its default following the choice: React resets a form after its action, and this keeps the choice. */}
              <input
                type="radio"
                name="pathKind"
                value={k}
                defaultChecked={kind === k}
                onChange={() => setKind(k)}
                aria-describedby={`${id}-${k}-hint`}
                className="mt-0.5 accent-brand-700"
              />
              <span>
                <span className="block font-medium">{t(`kinds.${k}`)}</span>
                <span id={`${id}-${k}-hint`} className="mt-0.5 block text-xs text-slate-600 dark:text-slate-400">
                  {t(`hints.${k}`)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === "milestones" ? (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{t("milestonesLegend")}</legend>
          <p className="field-hint">{t("milestonesHint")}</p>
          {listErrors?.length ? (
            <p role="alert" className="field-error">
              {listErrors.join(" ")}
            </p>
          ) : null}
          <ol className="space-y-3">
            {rows.map((r, i) => (
              <li key={r.key} className="grid grid-cols-[1fr_1fr] items-start gap-3 sm:grid-cols-[11rem_15rem_auto]">
                <TextField
                  id={`${id}-date-${r.key}`}
                  label={t("date", { n: i + 1 })}
                  name={`milestones.${i}.date`}
                  type="date"
                  min={start ?? undefined}
                  max={deadline ?? undefined}
                  defaultValue={r.date}
                  onChange={(e) => update(r.key, { date: e.target.value })}
                  errors={form.errors(`milestones.${i}.date`)}
                />
                <TextField
                  id={`${id}-value-${r.key}`}
                  label={t("value", { n: i + 1, unit: unitLabel })}
                  name={`milestones.${i}.value`}
                  inputMode="decimal"
                  defaultValue={r.value}
                  onChange={(e) => update(r.key, { value: e.target.value })}
                  errors={form.errors(`milestones.${i}.value`)}
                />
                <Button
                  type="button"
                  variant="ghost"
                  className="col-span-2 justify-self-start sm:col-span-1 sm:mt-6"
                  onClick={() => setRows((all) => all.filter((x) => x.key !== r.key))}
                  aria-label={t("removeLabel", { n: i + 1 })}
                >
                  {t("remove")}
                </Button>
              </li>
            ))}
          </ol>
          {rows.length < MAX_MILESTONES ? (
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                setRows((all) => [...all, { key: nextKey, date: "", value: "" }]);
                setNextKey((k) => k + 1);
              }}
            >
              {t("add")}
            </Button>
          ) : null}
        </fieldset>
      ) : null}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
