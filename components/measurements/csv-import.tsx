"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { lazy, type ReactNode, Suspense, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { once } from "@/components/ui/on-demand";
import type { Flow, Step, Translate } from "./csv-import-steps";

// The preview, the import and what they show (csv-import-steps.tsx) come when a file is chosen, not with the page.
const loadSteps = once(() => import("./csv-import-steps"));
const CsvImportSteps = lazy(() => loadSteps().then((m) => ({ default: m.CsvImportSteps })));

/**
 * CSV import in two steps: a preview that reads the whole file on the server
 * and lists its problems by line, then the import, which streams its progress.
 * The file goes up as the raw request body, twice; nothing is kept between.
 * `intro` is what it says about files, drawn on the server.
 */
export function CsvImport({ org, canManage = false, intro }: { org: string; canManage?: boolean; intro: ReactNode }) {
  const t = useTranslations("measurements.import");
  // client messages: errors, import, measurements, validation
  const tr = useTranslations() as unknown as Translate;
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ name: "idle" });
  const flow = (f: File): Flow => ({ org, file: f, t, tr, setStep, refresh: () => router.refresh() });
  const unexpected = () => setStep({ name: "failed", message: tr("errors.unexpected") });

  function preview() {
    if (!file) return setStep({ name: "failed", message: t("errors.noFile") });
    loadSteps().then((steps) => steps.preview(flow(file)), unexpected);
  }

  const busy = step.name === "previewing" || step.name === "importing";
  return (
    <div className="space-y-4">
      {intro}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1.5">
          <label htmlFor={inputId} className="field-label">
            {t("file")}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,.xls,text/csv"
            disabled={busy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setStep({ name: "idle" });
              void loadSteps().catch(() => undefined);
            }}
            className="file-input"
          />
        </div>
        <Button variant="secondary" onClick={preview} disabled={busy || !file}>
          {step.name === "previewing" ? t("previewing") : t("preview")}
        </Button>
      </div>
      {step.name === "idle" ? null : (
        <Suspense>
          <CsvImportSteps
            step={step}
            file={file}
            org={org}
            canManage={canManage}
            onCommit={(previewed) => {
              if (file) loadSteps().then((steps) => steps.commit(flow(file), previewed), unexpected);
            }}
          />
        </Suspense>
      )}
    </div>
  );
}
