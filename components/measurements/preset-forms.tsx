"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useState, useTransition } from "react";
import { useToastAction } from "@/components/forms/use-toast-action";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import type { FilePreview, PresetSummary } from "@/lib/data/imports";
import { useImportActions } from "./import-actions";

// The mapper comes with the editor, not before.
const ImportMapper = lazy(() => import("./import-mapper").then((m) => ({ default: m.ImportMapper })));

/**
 * A saved preset's two forms, fetched when "Rename" or "Edit" is first
 * reached for (import-buttons.tsx, preset-editor.tsx).
 */

/** A new name for the preset. */
export function PresetRenameForm({ org, id, name }: { org: string; id: string; name: string }) {
  const t = useTranslations("import.presets");
  const [value, setValue] = useState(name);
  const { renamePreset } = useImportActions();
  const rename = useToastAction(renamePreset);
  return (
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
  );
}

/**
 * A saved preset's columns changed without its file (owners and managers):
 * the mapper opens on the header the preset was saved for, with its saved
 * choices; "Save changes" checks them as when the preset was saved.
 */
export function PresetEditorForm({
  org,
  preset,
  catalog,
  onClose,
}: {
  org: string;
  preset: Pick<PresetSummary, "id" | "name" | "mapping" | "header">;
  catalog: FilePreview["catalog"];
  onClose: () => void;
}) {
  const t = useTranslations("import.presets");
  // client messages: action answers
  const tr = useTranslations();
  const { updatePreset } = useImportActions();
  const [pending, start] = useTransition();
  // Only the header row is known: the rows above it stay empty, so the saved row number still points at it.
  const head = [...Array.from({ length: preset.mapping.headerRow }, () => []), preset.header];
  return (
    <div className="w-full">
      <Suspense>
        <ImportMapper
          head={head}
          catalog={catalog}
          initial={preset.mapping}
          intro={t("editIntro", { name: preset.name })}
          fixedHeader
          footer={(mapping) => (
            <div className="flex flex-wrap gap-3">
              <Button
                disabled={!mapping || pending}
                onClick={() =>
                  mapping &&
                  start(async () => {
                    const result = await updatePreset(undefined, { org, id: preset.id, mapping: JSON.stringify(mapping) });
                    if (result?.ok) {
                      toast.success(tr("import.presets.edited"));
                      onClose();
                    } else if (result) toast.error(tr(result.error, result.errorValues));
                  })
                }
              >
                {t("saveChanges")}
              </Button>
              <Button variant="secondary" onClick={() => onClose()}>
                {t("cancel")}
              </Button>
            </div>
          )}
        />
      </Suspense>
    </div>
  );
}
