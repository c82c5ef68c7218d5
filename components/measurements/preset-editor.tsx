"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useOnDemand } from "@/components/ui/on-demand";
import type { FilePreview, PresetSummary } from "@/lib/data/imports";
import { loadPresetForms } from "./import-buttons";

/**
 * "Edit" on a saved preset (owners and managers): its columns changed without
 * its file, in the mapper (preset-forms.tsx, fetched when the button is first
 * reached for).
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
  const forms = useOnDemand(loadPresetForms);
  const [open, setOpen] = useState(false);
  if (open && forms.loaded)
    return <forms.loaded.PresetEditorForm org={org} preset={preset} catalog={catalog} onClose={() => setOpen(false)} />;
  return (
    <Button
      variant="ghost"
      className="min-h-9 px-2"
      onPointerEnter={forms.prefetch}
      onFocus={forms.prefetch}
      onClick={() => {
        setOpen(true);
        forms.open();
      }}
    >
      {t("edit")}
      <span className="sr-only"> {preset.name}</span>
    </Button>
  );
}
