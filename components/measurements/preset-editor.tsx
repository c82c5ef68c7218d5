"use client";

import { useTranslations } from "next-intl";
import { lazy, Suspense, useState, useTransition } from "react";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import type { FilePreview, PresetSummary } from "@/lib/data/imports";
import { useImportActions } from "./import-actions";

// Fetched when "Edit" is first used, not with the page.
const ImportMapper = lazy(() => import("./import-mapper").then((m) => ({ default: m.ImportMapper })));

/**
 * A saved preset's columns changed without its file (owners and managers):
 * the mapper opens on the header the preset was saved for, with its saved
 * choices; "Save changes" checks them as when the preset was saved.
 */
export function PresetEditor({
  org,
  preset,
  catalog,
}: {
  org: string;
  preset: Pick<PresetSummary, "id" | "name" | "mapping" | "header">;
  catalog: FilePreview["catalog"];
}) {
  const t = useTranslations("import.presets");
  // client messages: action answers
  const tr = useTranslations();
  const { updatePreset } = useImportActions();
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  // Only the header row is known: the rows above it stay empty, so the saved row number still points at it.
  const head = [...Array.from({ length: preset.mapping.headerRow }, () => []), preset.header];
  if (!open)
    return (
      <Button
        variant="ghost"
        className="min-h-9 px-2"
        onPointerEnter={() => void import("./import-mapper").catch(() => undefined)}
        onFocus={() => void import("./import-mapper").catch(() => undefined)}
        onClick={() => setOpen(true)}
      >
        {t("edit")}
        <span className="sr-only"> {preset.name}</span>
      </Button>
    );
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
                      setOpen(false);
                    } else if (result) toast.error(tr(result.error, result.errorValues));
                  })
                }
              >
                {t("saveChanges")}
              </Button>
              <Button variant="secondary" onClick={() => setOpen(false)}>
                {t("cancel")}
              </Button>
            </div>
          )}
        />
      </Suspense>
    </div>
  );
}
