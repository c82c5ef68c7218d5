"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { type Assessment, ASSESSMENTS, type Decision, DECISIONS } from "@/lib/domain/review-decisions";
import { decideGoalAction } from "../../actions";
import { useMeeting } from "./meeting-live";
import { SavedDecision } from "./saved-decision";

function Choices<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
  label,
  error,
}: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T | null;
  onChange: (v: T) => void;
  label: (v: T) => string;
  error?: string[];
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800 dark:text-slate-200">{legend}</legend>
      <div className="mt-1.5 flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o}
            className="flex min-h-9 cursor-pointer items-center gap-2 rounded-lg border border-slate-300 px-3 text-sm has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600 dark:border-slate-700 dark:has-[:checked]:bg-brand-900/60"
          >
            {/* Uncontrolled, its default following the choice: React resets a form after its action, and this keeps the choice. */}
            <input
              type="radio"
              name={name}
              value={o}
              defaultChecked={value === o}
              onChange={() => onChange(o)}
              className="accent-brand-700"
            />
            {label(o)}
          </label>
        ))}
      </div>
      {error?.length ? (
        <p role="alert" className="mt-1 field-error">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}

/**
 * The team's assessment and decision on one goal. "Adjust" opens the new
 * target and deadline with a required reason; every change to the goal is
 * kept as a revision that links to this meeting. Once a decision is saved
 * the form folds into what was decided, with "Change" to open it again.
 * `targetValue` comes prefilled in the reader's convention ("10,5").
 */
export function DecisionForm({
  goalId,
  goalTitle,
  targetValue,
  deadline,
}: {
  goalId: string;
  goalTitle: string;
  targetValue: string;
  deadline: string;
}) {
  const t = useTranslations("reviews.decision");
  const meeting = useMeeting();
  const router = useRouter();
  const current = meeting.activity.decisions.find((d) => d.goalId === goalId);
  const [assessment, setAssessment] = useState<Assessment | null>(current?.assessment ?? null);
  const [decision, setDecision] = useState<Decision | null>(current?.decision ?? null);
  const [state, action] = useActionState(decideGoalAction, undefined);
  const form = useFormState(state);
  const [editing, setEditing] = useState(false);
  // What this form saved, shown until the meeting's activity (refetched) has it too.
  const [saved, setSaved] = useState<{ assessment: Assessment | null; decision: Decision | null } | null>(null);
  const changeButton = useRef<HTMLButtonElement>(null);
  useOnSuccess(state, () => {
    toast.success(t("saved", { goal: goalTitle }));
    setSaved({ assessment, decision });
    setEditing(false);
    // The submit button is gone: focus moves to "Change", where the form was.
    requestAnimationFrame(() => changeButton.current?.focus());
    void meeting.refresh();
    router.refresh();
  });
  const shown = current?.decision ? current : saved?.decision ? { ...saved, decidedByName: null } : null;
  if (shown && !editing) {
    return (
      <SavedDecision
        goalTitle={goalTitle}
        assessment={shown.assessment}
        decision={shown.decision}
        decidedByName={shown.decidedByName}
        changeRef={changeButton}
        onChange={() => {
          setAssessment(shown.assessment);
          setDecision(shown.decision);
          setEditing(true);
        }}
      />
    );
  }
  const prefix = `decision-${goalId}`;
  return (
    <form action={action} className="space-y-3" noValidate aria-label={t("formLabel", { goal: goalTitle })}>
      {form.formError && !Object.keys(state && !state.ok ? state.fieldErrors : {}).length ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={meeting.org} />
      <input type="hidden" name="meetingId" value={meeting.meetingId} />
      <input type="hidden" name="goalId" value={goalId} />
      <Choices
        name="assessment"
        legend={t("assessment")}
        options={ASSESSMENTS}
        value={assessment}
        onChange={setAssessment}
        label={(a) => t(`assessments.${a}`)}
        error={form.errors("assessment")}
      />
      <Choices
        name="decision"
        legend={t("decision")}
        options={DECISIONS}
        value={decision}
        onChange={setDecision}
        label={(d) => t(`decisions.${d}`)}
        error={form.errors("decision")}
      />
      {decision === "adjust" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            // A new target saved (the page refreshed) is the new default.
            key={targetValue}
            id={`${prefix}-target`}
            label={t("newTarget")}
            name="targetValue"
            inputMode="decimal"
            defaultValue={form.value("targetValue") ?? targetValue}
            errors={form.errors("targetValue")}
          />
          <TextField
            id={`${prefix}-deadline`}
            label={t("newDeadline")}
            name="deadline"
            type="date"
            defaultValue={form.value("deadline") ?? deadline}
            errors={form.errors("deadline")}
          />
        </div>
      ) : null}
      {decision && decision !== "keep" ? (
        <TextField
          id={`${prefix}-reason`}
          label={decision === "adjust" ? t("reasonRequired") : t("reason")}
          name="reason"
          maxLength={500}
          defaultValue={form.value("reason")}
          errors={form.errors("reason")}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
        {shown ? (
          <Button variant="ghost" onClick={() => setEditing(false)}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}

/** The decision as recorded, for those who follow the meeting without deciding (members, closed goals). */
export function DecisionSummary({ goalId }: { goalId: string }) {
  const t = useTranslations("reviews.decision");
  const { activity } = useMeeting();
  const current = activity.decisions.find((d) => d.goalId === goalId);
  return (
    <div>
      <h4 className="text-sm font-semibold">{t("heading")}</h4>
      {current?.decision || current?.assessment ? (
        <p className="mt-1 text-sm">
          {current.assessment ? t(`assessments.${current.assessment}`) : ""}
          {current.assessment && current.decision ? " · " : ""}
          {current.decision ? t(`decisions.${current.decision}`) : ""}
          {current.decidedByName ? <span className="text-slate-600 dark:text-slate-400"> — {current.decidedByName}</span> : null}
        </p>
      ) : (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      )}
    </div>
  );
}
