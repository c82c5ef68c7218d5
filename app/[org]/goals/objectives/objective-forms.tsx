"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef } from "react";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { archiveObjectiveAction, createObjectiveAction, updateObjectiveAction } from "./actions";

/** Creates an objective, or edits one when given. */
export function ObjectiveForm({ org, objective }: { org: string; objective?: { id: string; title: string; description: string } }) {
  const t = useTranslations("objectives");
  // client messages: objectives
  const tAll = useTranslations();
  const [state, action] = useActionState(objective ? updateObjectiveAction : createObjectiveAction, undefined);
  const form = useFormState(state);
  const ref = useRef<HTMLFormElement>(null);
  useOnSuccess(state, () => {
    toast.success(tAll(objective ? "objectives.saved" : "objectives.created"));
    if (!objective) ref.current?.reset();
  });
  const suffix = objective?.id ?? "new";
  return (
    <form ref={ref} action={action} className="space-y-3" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      {objective ? <input type="hidden" name="id" value={objective.id} /> : null}
      <TextField
        id={`title-${suffix}`}
        label={t("titleLabel")}
        name="title"
        placeholder={t("placeholder")}
        defaultValue={form.value("title") ?? objective?.title}
        errors={form.errors("title")}
      />
      <TextField
        id={`description-${suffix}`}
        label={t("descriptionLabel")}
        name="description"
        defaultValue={form.value("description") ?? objective?.description}
        errors={form.errors("description")}
      />
      <SubmitButton pendingLabel={t("saving")}>{objective ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}

export function ArchiveObjectiveButton({ org, id, archived }: { org: string; id: string; archived: boolean }) {
  const t = useTranslations("objectives");
  const run = useToastAction(archiveObjectiveAction);
  return (
    <Button
      variant="ghost"
      className="min-h-9 px-2"
      disabled={run.pending}
      onClick={() => run.run({ org, id, archived: String(!archived) }, archived ? "objectives.restored" : "objectives.archivedDone")}
    >
      {archived ? t("restore") : t("archive")}
    </Button>
  );
}
