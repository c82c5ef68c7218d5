"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { lazy, Suspense, useId, useState } from "react";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ImportPreview, ImportResult, ImportStreamLine } from "@/lib/data/csv";
import { detectDelimiter, mapHeader } from "@/lib/domain/csv-format";
import { formatFileSize, formatShare } from "@/lib/format";
import { once } from "@/components/ui/on-demand";
import { ndjsonFrom } from "./csv-ndjson";

// Shown only once a file is chosen and read: fetched when the person picks a file, not with the page.
const loadPreview = once(() => import("./csv-preview"));
const loadFileImport = once(() => import("./file-import"));
const CsvChanges = lazy(() => loadPreview().then((m) => ({ default: m.CsvChanges })));
const CsvProblems = lazy(() => loadPreview().then((m) => ({ default: m.CsvProblems })));
const CsvSample = lazy(() => loadPreview().then((m) => ({ default: m.CsvSample })));
const FileImport = lazy(() => loadFileImport().then((m) => ({ default: m.FileImport })));

/** Bytes of the file sent so far, as the browser reports them. */
type Upload = { sent: number; total: number };

type Step =
  | { name: "idle" }
  | { name: "previewing"; upload: Upload }
  | { name: "previewed"; preview: ImportPreview }
  | { name: "importing"; preview: ImportPreview; upload: Upload; rows: number }
  | { name: "done"; result: ImportResult }
  | { name: "failed"; message: string; preview?: ImportPreview }
  /** Not Målbar's own layout: a platform's download or any spreadsheet, read by FileImport. */
  | { name: "platform" };

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The message key of a JSON error answer (404, 413, …), or the generic one. */
function errorKeyOf(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: unknown } | null;
    return typeof body?.error === "string" ? body.error : "errors.unexpected";
  } catch {
    return "errors.unexpected";
  }
}

/**
 * Posts the file as the raw body with XMLHttpRequest, which, unlike fetch,
 * reports how much of the upload has gone; the answer's text is passed on as
 * it grows, so a streamed answer can be read before it ends.
 */
function sendFile(
  url: string,
  file: File,
  on: { upload: (upload: Upload) => void; text?: (text: string) => void },
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (e) => on.upload({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.upload.onload = () => on.upload({ sent: file.size, total: file.size });
    xhr.onprogress = () => on.text?.(xhr.responseText);
    xhr.onload = () => resolve({ status: xhr.status, text: xhr.responseText });
    xhr.onerror = () => reject(new Error("network error"));
    xhr.onabort = () => reject(new Error("aborted"));
    xhr.send(file);
  });
}

/** Whether the file's first line is Målbar's own header (date, channel, metric, value): then the streaming CSV import reads it. */
async function isOwnLayout(file: File): Promise<boolean> {
  if (!/\.(csv|txt)$/i.test(file.name)) return false;
  const head = (await file.slice(0, 4096).text()).replace(/^\uFEFF/, "");
  const line = head.split(/\r?\n/, 1)[0] ?? "";
  return mapHeader(line.split(detectDelimiter(line)).map((c) => c.replace(/^"|"$/g, ""))).missing.length === 0;
}

/**
 * CSV import in two steps: a preview that reads the whole file on the server
 * and lists its problems by line, then the import, which streams its progress.
 * The file goes up as the raw request body, twice; nothing is kept between.
 */
export function CsvImport({ org, canManage = false }: { org: string; canManage?: boolean }) {
  const t = useTranslations("measurements.import");
  // client messages: errors, import, measurements, validation
  const tr = useTranslations() as unknown as Translate;
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>({ name: "idle" });
  const url = (mode: "preview" | "commit") => `/api/orgs/${encodeURIComponent(org)}/measurements/import?mode=${mode}`;
  const waiting = (f: File): Upload => ({ sent: 0, total: f.size });

  async function preview() {
    if (!file) return setStep({ name: "failed", message: t("errors.noFile") });
    if (!(await isOwnLayout(file).catch(() => true))) return setStep({ name: "platform" });
    setStep({ name: "previewing", upload: waiting(file) });
    try {
      const answer = await sendFile(url("preview"), file, { upload: (upload) => setStep({ name: "previewing", upload }) });
      if (answer.status !== 200) return setStep({ name: "failed", message: tr(errorKeyOf(answer.text)) });
      setStep({ name: "previewed", preview: JSON.parse(answer.text) as ImportPreview });
    } catch {
      setStep({ name: "failed", message: tr("errors.unexpected") });
    }
  }

  async function commit(previewed: ImportPreview) {
    if (!file) return;
    // The upload's bytes first, then the rows the server reports saved, batch by batch.
    let upload = waiting(file);
    let rows = 0;
    let offset = 0;
    let finished = false;
    const show = () => setStep({ name: "importing", preview: previewed, upload, rows });
    const fail = (message: string) => {
      finished = true;
      setStep({ name: "failed", message, preview: previewed });
    };
    const read = (text: string, end: boolean) => {
      const next = ndjsonFrom(text, offset, end);
      offset = next.offset;
      for (const raw of next.values) {
        if (finished) return;
        const line = raw as ImportStreamLine;
        if (line.type === "progress") {
          rows = line.rows;
          show();
        } else if (line.type === "error") {
          const reason = tr(line.messageKey, line.values);
          fail(line.line ? t("failedAt", { line: line.line, reason }) : t("failed", { reason }));
        } else {
          finished = true;
          setStep({ name: "done", result: line });
          toast.success(t("done", { created: line.created, corrected: line.corrected }));
          router.refresh();
        }
      }
    };
    show();
    try {
      const answer = await sendFile(url("commit"), file, {
        upload: (sent) => {
          upload = sent;
          if (!finished) show();
        },
        text: (text) => read(text, false),
      });
      if (answer.status !== 200) return fail(tr(errorKeyOf(answer.text)));
      read(answer.text, true);
      if (!finished) fail(t("failed", { reason: tr("errors.unexpected") }));
    } catch {
      if (!finished) fail(t("failed", { reason: tr("errors.unexpected") }));
    }
  }

  const shown = step.name === "previewed" || step.name === "importing" ? step.preview : step.name === "failed" ? step.preview : undefined;
  const busy = step.name === "previewing" || step.name === "importing";
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("platforms")}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t("correctionsNote")}</p>
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 space-y-1.5">
          <label htmlFor={inputId} className="block text-sm font-medium text-slate-800 dark:text-slate-200">
            {t("file")}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,.xls,text/csv"
            disabled={busy}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              void loadPreview().catch(() => undefined);
              void loadFileImport().catch(() => undefined);
              setStep({ name: "idle" });
            }}
            className="block w-full text-sm file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium dark:file:bg-slate-800"
          />
        </div>
        <Button variant="secondary" onClick={preview} disabled={busy || !file}>
          {step.name === "previewing" ? t("previewing") : t("preview")}
        </Button>
      </div>

      {step.name === "platform" && file ? (
        <Suspense>
          <FileImport key={`${file.name}-${file.size}-${file.lastModified}`} org={org} file={file} canManage={canManage} />
        </Suspense>
      ) : null}

      {step.name === "previewing" ? <UploadProgress upload={step.upload} after={t("reading")} /> : null}

      {shown ? <PreviewSummary preview={shown} /> : null}
      {shown ? (
        <Suspense>
          <CsvChanges preview={shown} />
          <CsvProblems preview={shown} />
          <CsvSample preview={shown} />
        </Suspense>
      ) : null}

      {step.name === "previewed" ? (
        step.preview.problemCount > 0 ? (
          <Alert tone="info">{t("fixFirst")}</Alert>
        ) : step.preview.valid > 0 ? (
          <Button onClick={() => commit(step.preview)}>{t("import", { count: step.preview.valid })}</Button>
        ) : null
      ) : null}

      {step.name === "importing" && step.upload.sent < step.upload.total ? (
        <UploadProgress upload={step.upload} after={t("importing")} />
      ) : null}
      {step.name === "importing" && step.upload.sent >= step.upload.total ? (
        <div className="space-y-1.5">
          <ProgressBar progress={step.preview.valid ? step.rows / step.preview.valid : 0} label={t("progressLabel")} />
          <p className="text-sm tabular-nums" aria-live="polite">
            {t("importing")} {t("progress", { done: step.rows, total: step.preview.valid })}
          </p>
        </div>
      ) : null}
      {step.name === "done" ? (
        <Alert tone="success">{t("done", { created: step.result.created, corrected: step.result.corrected })}</Alert>
      ) : null}
      {step.name === "failed" ? <Alert>{step.message}</Alert> : null}
    </div>
  );
}

/**
 * The file's way up: a bar of the bytes sent, then, once the server has it
 * all, what it does with it in words (reading a preview reports nothing on
 * the way, so no bar pretends to know).
 */
function UploadProgress({ upload, after }: { upload: Upload; after: string }) {
  const t = useTranslations("measurements.import");
  const locale = useLocale();
  const share = upload.total ? upload.sent / upload.total : 0;
  if (upload.total && upload.sent >= upload.total) {
    return (
      <p className="text-sm" role="status">
        {after}
      </p>
    );
  }
  const text = t("uploading", {
    share: formatShare(locale, share),
    sent: formatFileSize(locale, upload.sent),
    total: formatFileSize(locale, upload.total),
  });
  return (
    <div className="space-y-1.5">
      <ProgressBar progress={share} label={t("uploadLabel")} valueText={text} />
      <p className="text-sm tabular-nums" aria-live="polite">
        {text}
      </p>
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
