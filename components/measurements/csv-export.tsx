"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import type { ReactNode } from "react";

/**
 * Filters for the CSV export, turned into a plain download link: the browser
 * streams the file straight to disk, nothing passes through React.
 */
/** A channel and its metrics by key, named in the reader's language on the server. */
export type ExportChannel = { key: string; name: string; metrics: { key: string; name: string }[] };

export function CsvExport({ org, channels, intro }: { org: string; channels: ExportChannel[]; intro: ReactNode }) {
  const t = useTranslations("measurements.export");
  const [channel, setChannel] = useState("");
  const [metric, setMetric] = useState("");
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const metrics = channels.find((c) => c.key === channel)?.metrics ?? [];

  const query = new URLSearchParams(Object.entries({ channel, metric, from, to }).filter(([, v]) => v !== ""));
  const href = `/api/orgs/${encodeURIComponent(org)}/measurements/export${query.size ? `?${query}` : ""}`;
  const badRange = from !== "" && to !== "" && from > to;

  return (
    <div className="space-y-4">
      {intro}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          label={t("channel")}
          name="export-channel"
          value={channel}
          onChange={(e) => {
            setChannel(e.target.value);
            setMetric("");
          }}
          options={[{ value: "", label: t("allChannels") }, ...channels.map((c) => ({ value: c.key, label: c.name }))]}
        />
        <SelectField
          label={t("metric")}
          name="export-metric"
          value={metric}
          disabled={!channel}
          onChange={(e) => setMetric(e.target.value)}
          options={[{ value: "", label: t("allMetrics") }, ...metrics.map((m) => ({ value: m.key, label: m.name }))]}
        />
        <TextField label={t("from")} name="export-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <TextField
          label={t("to")}
          name="export-to"
          type="date"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          errors={badRange ? [t("errors.badRange")] : undefined}
        />
      </div>
      {badRange ? (
        <span className={buttonClass("secondary", "cursor-not-allowed opacity-60")} aria-disabled="true">
          {t("download")}
        </span>
      ) : (
        <a href={href} download className={buttonClass("secondary")}>
          {t("download")}
        </a>
      )}
    </div>
  );
}
