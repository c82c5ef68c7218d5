"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { Button } from "@/components/ui/button";
import { once, useOnDemand } from "@/components/ui/on-demand";
import { useImportActions } from "./import-actions";

// A preset's rename and edit forms come when "Rename" or "Edit" is reached for.
export const loadPresetForms = once(() => import("./preset-forms"));

export function UndoImportButton({ org, id, name }: { org: string; id: string; name: string }) {
  const t = useTranslations("import.history.undo");
  const { undoImport } = useImportActions();
  return (
    <ConfirmActionButton
      action={undoImport}
      input={{ org, id }}
      doneKey="import.history.undo.done"
      className="min-h-9 px-2 text-red-700 dark:text-red-400"
      title={t("title", { name })}
      description={t("body")}
      confirmLabel={t("button")}
      cancelLabel={t("cancel")}
    >
      {t("button")}
      <span className="sr-only"> {name}</span>
    </ConfirmActionButton>
  );
}

export function PresetControls({ org, id, name }: { org: string; id: string; name: string }) {
  const t = useTranslations("import.presets");
  const forms = useOnDemand(loadPresetForms);
  const { deletePreset } = useImportActions();
  return (
    <div className="flex flex-wrap items-center gap-2">
      {forms.loaded ? (
        <forms.loaded.PresetRenameForm org={org} id={id} name={name} />
      ) : (
        <Button variant="ghost" className="min-h-9 px-2" onPointerEnter={forms.prefetch} onFocus={forms.prefetch} onClick={forms.open}>
          {t("rename")}
          <span className="sr-only"> {name}</span>
        </Button>
      )}
      <ConfirmActionButton
        action={deletePreset}
        input={{ org, id }}
        doneKey="import.presets.deleted"
        className="min-h-9 px-2 text-red-700 dark:text-red-400"
        title={t("deleteTitle", { name })}
        description={t("deleteBody")}
        confirmLabel={t("delete")}
        cancelLabel={t("cancel")}
      >
        {t("delete")}
        <span className="sr-only"> {name}</span>
      </ConfirmActionButton>
    </div>
  );
}
