"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import { toast } from "@/components/toast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FilePreview, ImportPlan } from "@/lib/data/imports";
import type { ColumnMapping } from "@/lib/domain/import/types";
import { ndjsonFrom } from "./csv-ndjson";
import { ImportMapper } from "./import-mapper";
import { FileMapperActions } from "./mapper-actions";
import { FoundSentence, ImportChanges, ImportSeries, ImportTargets } from "./import-preview";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Done = { created: number; corrected: number; unchanged: number; rows: number };
type StreamLine =
  | { type: "progress"; rows: number }
  | ({ type: "done" } & Done)
  | { type: "error"; messageKey: string; line?: number; values?: Record<string, string | number> };

const errorKeyOf = (text: string) => {
  try {
    const body = JSON.parse(text) as { error?: unknown } | null;
    return typeof body?.error === "string" ? body.error : "errors.unexpected";
  } catch {
    return "errors.unexpected";
  }
};

/**
 * A platform's own download (or any spreadsheet): the server reads it and
 * says what it found; the person confirms each channel (and creates the
 * metrics the organization lacks), or maps the columns of a file nobody
 * recognises; nothing is written until "Import", which is all or nothing.
 */
export function FileImport({ org, file, canManage }: { org: string; file: File; canManage: boolean }) {
  const t = useTranslations("import");
  // client messages: errors, import, measurements, validation
  const tr = useTranslations() as unknown as Translate;
  const locale = useLocale();
  const router = useRouter();
  const [plan, setPlan] = useState<ImportPlan>({ channels: {} });
  const [preview, setPreview] = useState<FilePreview | null>(null);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<Done | null>(null);
  // The mapper reopened on a file already read by columns (a preset's or the person's own), to change them.
  const [changing, setChanging] = useState(false);

  const url = (mode: "preview" | "commit", p: ImportPlan) =>
    `/api/orgs/${encodeURIComponent(org)}/measurements/import/file?mode=${mode}&name=${encodeURIComponent(file.name)}&plan=${encodeURIComponent(JSON.stringify(p))}`;

  // The answer to a preview: the preview, or the message of a refusal. No state is set here (the effect below calls it).
  const fetchPreview = useCallback(
    async (p: ImportPlan): Promise<{ preview: FilePreview; plan: ImportPlan } | { error: string }> => {
      try {
        const answer = await fetch(url("preview", p), { method: "POST", body: file });
        const text = await answer.text();
        if (!answer.ok) return { error: tr(errorKeyOf(text)) };
        const next = JSON.parse(text) as FilePreview;
        // The proposed channels start as the person's choice; they change them in the selects.
        const channels = Object.fromEntries(
          next.channels.filter((c) => c.channelId).map((c) => [c.proposed, p.channels[c.proposed] ?? c.channelId!]),
        );
        return { preview: next, plan: { ...p, channels } };
      } catch {
        return { error: tr("errors.unexpected") };
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the file and organization name one preview
    [file, org],
  );
  const show = useCallback((answer: Awaited<ReturnType<typeof fetchPreview>>) => {
    setBusy(false);
    if ("error" in answer) return setError(answer.error);
    setError(null);
    setPreview(answer.preview);
    setPlan(answer.plan);
  }, []);

  useEffect(() => {
    let live = true;
    void fetchPreview({ channels: {} }).then((answer) => live && show(answer));
    return () => {
      live = false;
    };
  }, [fetchPreview, show]);

  /** The file read again by the columns the person chose, or by a preset they just saved or changed. */
  function remap(by: { mapping: ColumnMapping } | { presetId: string }) {
    setBusy(true);
    setChanging(false);
    void fetchPreview({ channels: {}, ...by }).then(show);
  }

  async function commit() {
    setBusy(true);
    setError(null);
    try {
      const answer = await fetch(url("commit", plan), { method: "POST", body: file });
      const text = await answer.text();
      if (!answer.ok) return setError(tr(errorKeyOf(text)));
      const lines = ndjsonFrom(text, 0, true).values as StreamLine[];
      const last = lines.at(-1);
      if (last?.type === "done") {
        setDone(last);
        toast.success(t("done", last));
        router.refresh();
      } else if (last?.type === "error") {
        const reason = tr(last.messageKey, last.values);
        setError(last.line && last.line > 1 ? t("failedAt", { line: last.line, reason }) : t("failed", { reason }));
      } else setError(tr("errors.unexpected"));
    } catch {
      setError(tr("errors.unexpected"));
    } finally {
      setBusy(false);
    }
  }

  const needsMapping = preview !== null && preview.source === "mapped" && preview.series.length === 0 && preview.problems.length === 0;
  // The columns that read the file now: the person's own, or the preset's.
  const current = plan.mapping ?? preview?.preset?.mapping ?? null;
  const byColumns = preview?.source === "mapped" && preview.head.length > 0 && (current !== null || needsMapping);
  const missingChannel = preview?.channels.some((c) => !plan.channels[c.proposed]) ?? false;
  // A metric the organization lacks is left out unless the person creates it; something must be left to import.
  const nothingChosen = preview?.metrics.every((m) => !m.metricId && !plan.newMetrics?.[`${m.channel}|${m.metric}`]) ?? false;
  return (
    <div className="space-y-4" aria-busy={busy}>
      {busy && !preview ? <p role="status">{t("reading")}</p> : null}
      {/* A file not read yet has nothing found to tell ("0 rows"): the mapper below says why. */}
      {preview && !needsMapping ? <FoundSentence preview={preview} locale={locale} /> : null}
      {preview?.notes
        .filter((n) => n !== "import.notes.needsMapping")
        .map((n) => (
          <Alert key={n} tone="info">
            {tr(n)}
          </Alert>
        ))}
      {preview?.problems.length ? (
        <Alert>
          <p className="font-medium">{t("refused")}</p>
          <ul className="mt-1 list-disc pl-5">
            {preview.problems.slice(0, 10).map((p) => (
              <li key={`${p.line}-${p.messageKey}`}>{t("failedAt", { line: p.line, reason: tr(p.messageKey, p.values) })}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {byColumns && !needsMapping && !changing ? (
        <div className="flex flex-wrap items-center gap-3 text-sm">
          <p role="status">{preview.preset ? t("usingPreset", { name: preview.preset.name }) : t("usingColumns")}</p>
          <Button variant="secondary" className="min-h-9 px-3" disabled={busy} onClick={() => setChanging(true)}>
            {t("changeColumns")}
          </Button>
        </div>
      ) : null}
      {byColumns && (needsMapping || changing) ? (
        <ImportMapper
          head={preview.head}
          catalog={preview.catalog}
          initial={current ?? preview.guess}
          intro={needsMapping ? t("mapper.intro") : t("mapper.changeIntro")}
          footer={(mapping, header) => (
            <FileMapperActions
              org={org}
              mapping={mapping}
              header={header}
              canSave={canManage}
              preset={preview.preset}
              busy={busy}
              onApply={(m) => remap({ mapping: m })}
              onPreset={(presetId) => remap({ presetId })}
            />
          )}
        />
      ) : null}
      {preview && preview.series.length && !changing ? (
        <>
          <ImportTargets preview={preview} plan={plan} onPlan={(p) => setPlan(p)} />
          <ImportSeries preview={preview} />
          {preview.existing.corrected || preview.existing.unchanged ? (
            <p className="text-sm" role="status">
              {t("existing", preview.existing)}
            </p>
          ) : null}
          <ImportChanges preview={preview} />
          {missingChannel || nothingChosen ? <Alert tone="info">{t("confirmFirst")}</Alert> : null}
          <Button onClick={commit} disabled={busy || missingChannel || nothingChosen || done !== null}>
            {busy ? t("importing") : t("commit")}
          </Button>
        </>
      ) : null}
      {done ? <Alert tone="success">{t("done", done)}</Alert> : null}
      {error ? <Alert>{error}</Alert> : null}
    </div>
  );
}
