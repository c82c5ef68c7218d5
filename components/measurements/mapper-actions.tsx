"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import type { ColumnMapping } from "@/lib/domain/import/types";
import { useImportActions } from "./import-actions";

const CONTROL = "control block w-full";

/**
 * Under the column mapper on a file: show the result with these columns, or
 * (owners and managers) save them as a preset, or change the preset that read
 * the file; a saved or changed preset then reads the file at once.
 */
export function FileMapperActions({
  org,
  mapping,
  header,
  canSave,
  preset,
  busy,
  onApply,
  onPreset,
}: {
  org: string;
  mapping: ColumnMapping | null;
  header: string[];
  canSave: boolean;
  preset: { id: string; name: string } | null;
  busy: boolean;
  onApply: (mapping: ColumnMapping) => void;
  onPreset: (id: string) => void;
}) {
  const t = useTranslations("import.mapper");
  // client messages: import, action answers
  const tr = useTranslations();
  const { savePreset, updatePreset } = useImportActions();
  const [name, setName] = useState("");
  const [pending, start] = useTransition();
  const run = (send: () => ReturnType<typeof savePreset>, doneKey: string, then: (id: string) => void) =>
    start(async () => {
      const result = await send();
      if (result?.ok) {
        toast.success(tr(doneKey));
        then(result.data.id);
      } else if (result) toast.error(tr(result.error, result.errorValues));
    });
  const input = (m: ColumnMapping) => ({ org, mapping: JSON.stringify(m), header: JSON.stringify(header) });
  const disabled = !mapping || busy || pending;
  return (
    <div className="flex flex-wrap items-end gap-3">
      <Button variant="secondary" disabled={disabled} onClick={() => mapping && onApply(mapping)}>
        {t("apply")}
      </Button>
      {canSave && preset ? (
        <Button
          variant="secondary"
          disabled={disabled}
          onClick={() =>
            mapping &&
            run(
              async () => {
                const r = await updatePreset(undefined, { ...input(mapping), id: preset.id });
                return r?.ok ? { ok: true, data: { id: preset.id } } : r;
              },
              "import.presets.edited",
              onPreset,
            )
          }
        >
          {t("updatePreset", { name: preset.name })}
        </Button>
      ) : null}
      {canSave ? (
        <>
          <label className="min-w-48 flex-1 space-y-1 text-sm font-medium sm:flex-none">
            <span>{t("presetName")}</span>
            <input className={CONTROL} value={name} maxLength={80} onChange={(e) => setName(e.target.value)} />
          </label>
          <Button
            variant="secondary"
            disabled={disabled || !name.trim()}
            onClick={() => mapping && run(() => savePreset(undefined, { ...input(mapping), name }), "import.presets.saved", onPreset)}
          >
            {t("savePreset")}
          </Button>
        </>
      ) : null}
    </div>
  );
}
