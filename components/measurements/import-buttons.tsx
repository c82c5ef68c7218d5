"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Button } from "@/components/ui/button";
import { useImportActions } from "./import-actions";

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
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const { renamePreset, deletePreset } = useImportActions();
  const rename = useToastAction(renamePreset);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {editing ? (
        <>
          <label className="sr-only" htmlFor={`preset-${id}`}>
            {t("newName", { name })}
          </label>
          <input
            id={`preset-${id}`}
            className="rounded-lg border border-slate-300 px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
            value={value}
            maxLength={80}
            onChange={(e) => setValue(e.target.value)}
          />
          <Button
            variant="secondary"
            className="min-h-9 px-2"
            disabled={rename.pending || !value.trim()}
            onClick={() => rename.run({ org, id, name: value }, "import.presets.renamed")}
          >
            {t("save")}
          </Button>
        </>
      ) : (
        <Button variant="ghost" className="min-h-9 px-2" onClick={() => setEditing(true)}>
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
