"use client";

// CsvImport's preview and import and what they show, fetched when a file is chosen (csv-import.tsx).
import { useLocale, useTranslations } from "next-intl";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { ImportPreview, ImportResult, ImportStreamLine } from "@/lib/data/csv";
import { detectDelimiter, mapHeader } from "@/lib/domain/csv-format";
import { formatFileSize, formatShare } from "@/lib/format";
import { ndjsonFrom } from "./csv-ndjson";
import { CsvChanges, CsvProblems, CsvSample } from "./csv-preview";
import { FileImport } from "./file-import";

/** Bytes of the file sent so far, as the browser reports them. */
type Upload = { sent: number; total: number };

export type Step =
  | { name: "idle" }
  | { name: "previewing"; upload: Upload }
  | { name: "previewed"; preview: ImportPreview }
  | { name: "importing"; preview: ImportPreview; upload: Upload; rows: number }
  | { name: "done"; result: ImportResult }
  | { name: "failed"; message: string; preview?: ImportPreview }
  /** Not Målbar's own layout: a platform's download or any spreadsheet, read by FileImport. */
  | { name: "platform" };

export type Translate = (key: string, values?: Record<string, string | number>) => string;

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

/** What the preview and the import need from CsvImport: its file, its words and where each step goes. */
export type Flow = {
  org: string;
  file: File;
  t: Translate;
  tr: Translate;
  setStep: (step: Step) => void;
  /** After a finished import: the page reads the new values. */
  refresh: () => void;
};

const url = (org: string, mode: "preview" | "commit") => `/api/orgs/${encodeURIComponent(org)}/measurements/import?mode=${mode}`;
const waiting = (f: File): Upload => ({ sent: 0, total: f.size });

/** Reads the whole file on the server and shows its problems by line (or hands a platform's file to FileImport). */
export async function preview({ org, file, tr, setStep }: Flow) {
  if (!(await isOwnLayout(file).catch(() => true))) return setStep({ name: "platform" });
  setStep({ name: "previewing", upload: waiting(file) });
  try {
    const answer = await sendFile(url(org, "preview"), file, { upload: (upload) => setStep({ name: "previewing", upload }) });
    if (answer.status !== 200) return setStep({ name: "failed", message: tr(errorKeyOf(answer.text)) });
    setStep({ name: "previewed", preview: JSON.parse(answer.text) as ImportPreview });
  } catch {
    setStep({ name: "failed", message: tr("errors.unexpected") });
  }
}

/** Imports the previewed file, showing the upload's bytes and then the rows the server reports saved, batch by batch. */
export async function commit({ org, file, t, tr, setStep, refresh }: Flow, previewed: ImportPreview) {
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
        refresh();
      }
    }
  };
  show();
  try {
    const answer = await sendFile(url(org, "commit"), file, {
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

/** Everything below the file picker once a step has begun: the preview, the progress, the outcome. */
export function CsvImportSteps({
  step,
  file,
  org,
  canManage,
  onCommit,
}: {
  step: Step;
  file: File | null;
  org: string;
  canManage: boolean;
  onCommit: (preview: ImportPreview) => void;
}) {
  const t = useTranslations("measurements.import");
  const shown = step.name === "previewed" || step.name === "importing" ? step.preview : step.name === "failed" ? step.preview : undefined;
  return (
    <>
      {step.name === "platform" && file ? (
        <FileImport key={`${file.name}-${file.size}-${file.lastModified}`} org={org} file={file} canManage={canManage} />
      ) : null}

      {step.name === "previewing" ? <UploadProgress upload={step.upload} after={t("reading")} /> : null}

      {shown ? <PreviewSummary preview={shown} /> : null}
      {shown ? <CsvChanges preview={shown} /> : null}
      {shown ? <CsvProblems preview={shown} /> : null}
      {shown ? <CsvSample preview={shown} /> : null}

      {step.name === "previewed" ? (
        step.preview.problemCount > 0 ? (
          <Alert tone="info">{t("fixFirst")}</Alert>
        ) : step.preview.valid > 0 ? (
          <Button onClick={() => onCommit(step.preview)}>{t("import", { count: step.preview.valid })}</Button>
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
    </>
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
