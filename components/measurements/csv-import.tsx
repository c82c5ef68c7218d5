"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ImportPreview, ImportResult, ImportStreamLine } from "@/lib/data/csv-import";
import { ndjsonLines } from "./csv-ndjson";
import { CsvProblems, CsvSample } from "./csv-preview";

type Step =
  | { name: "idle" }
  | { name: "previewing" }
  | { name: "previewed"; preview: ImportPreview }
  | { name: "importing"; preview: ImportPreview; rows: number }
  | { name: "done"; result: ImportResult }
  | { name: "failed"; message: string; preview?: ImportPreview };

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The message key of a JSON error answer (404, 413, …), or the generic one. */
async function errorKeyOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  return typeof body?.error === "string" ? body.error : "errors.unexpected";
}

/**
 * CSV import in two steps: a preview that reads the whole file on the server
 * and lists its problems by line, then the import, which streams its progress.
 * The file goes up as the raw request body, twice; nothing is kept between.
 */
export function CsvImport({ org }: { org: string }) {
  const t = useTranslations("measurements.import");
  const tr = useTranslations() as unknown as Translate;
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ name: "idle" });
  const url = (mode: "preview" | "commit") => `/api/orgs/${encodeURIComponent(org)}/measurements/import?mode=${mode}`;
  const send = (mode: "preview" | "commit", body: File) => fetch(url(mode), { method: "POST", body, headers: { "content-type": "text/csv" } });

  async function preview() {
    if (!file) return setStep({ name: "failed", message: t("errors.noFile") });
    setStep({ name: "previewing" });
    try {
      const response = await send("preview", file);
      if (!response.ok) return setStep({ name: "failed", message: tr(await errorKeyOf(response)) });
      setStep({ name: "previewed", preview: (await response.json()) as ImportPreview });
    } catch {
      setStep({ name: "failed", message: tr("errors.unexpected") });
    }
  }

  async function commit(previewed: ImportPreview) {
    if (!file) return;
    setStep({ name: "importing", preview: previewed, rows: 0 });
    const fail = (message: string) => setStep({ name: "failed", message, preview: previewed });
    try {
      const response = await send("commit", file);
      if (!response.ok || !response.body) return fail(tr(await errorKeyOf(response)));
      for await (const raw of ndjsonLines(response.body)) {
        const line = raw as ImportStreamLine;
        if (line.type === "progress") setStep({ name: "importing", preview: previewed, rows: line.rows });
        else if (line.type === "error") {
          const reason = tr(line.messageKey, line.values);
          return fail(line.line ? t("failedAt", { line: line.line, reason }) : t("failed", { reason }));
        } else {
          setStep({ name: "done", result: line });
          toast.success(t("done", { created: line.created, corrected: line.corrected }));
          return router.refresh();
        }
      }
      fail(t("failed", { reason: tr("errors.unexpected") }));
    } catch {
      fail(t("failed", { reason: tr("errors.unexpected") }));
    }
  }

  const shown = step.name === "previewed" || step.name === "importing" ? step.preview : step.name === "failed" ? step.preview : undefined;
  const busy = step.name === "previewing" || step.name === "importing";
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("correctionsNote")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1.5">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            {t("file")}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            disabled={busy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setStep({ name: "idle" });
            }}
            className="block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium dark:file:bg-slate-800"
          />
        </div>
        <Button variant="secondary" onClick={preview} disabled={busy || !file}>
          {step.name === "previewing" ? t("previewing") : t("preview")}
        </Button>
      </div>

      {shown ? <PreviewSummary preview={shown} /> : null}
      {shown ? <CsvProblems preview={shown} /> : null}
      {shown ? <CsvSample preview={shown} /> : null}

      {step.name === "previewed" ? (
        step.preview.problemCount > 0 ? (
          <Alert tone="info">{t("fixFirst")}</Alert>
        ) : step.preview.valid > 0 ? (
          <Button onClick={() => commit(step.preview)}>{t("import", { count: step.preview.valid })}</Button>
        ) : null
      ) : null}

      {step.name === "importing" ? (
        <div className="space-y-1.5">
          <ProgressBar progress={step.preview.valid ? step.rows / step.preview.valid : 0} label={t("progressLabel")} />
          <p className="text-sm tabular-nums" aria-live="polite">
            {t("importing")} {t("progress", { done: step.rows, total: step.preview.valid })}
          </p>
        </div>
      ) : null}
      {step.name === "done" ? <Alert tone="success">{t("done", { created: step.result.created, corrected: step.result.corrected })}</Alert> : null}
      {step.name === "failed" ? <Alert>{step.message}</Alert> : null}
    </div>
  );
}

function PreviewSummary({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("measurements.import");
  return (
    <div className="space-y-1 text-sm" role="status">
      <p className="font-medium">{t("summary", { rows: preview.rows, valid: preview.valid, problems: preview.problemCount })}</p>
      {preview.corrections ? <p>{t("corrections", { count: preview.corrections })}</p> : null}
      {preview.unchanged ? <p>{t("unchanged", { count: preview.unchanged })}</p> : null}
    </div>
  );
}
