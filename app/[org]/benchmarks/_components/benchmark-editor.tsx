"use client";

import { useTranslations } from "next-intl";
import { type ButtonHTMLAttributes, cloneElement } from "react";
import { Button } from "@/components/ui/button";
import { once, useOnDemand } from "@/components/ui/on-demand";

export type EditableBenchmark = {
  /** Empty for a new benchmark: the person picks the metric from `choices`. */
  metricId: string;
  /** The row's name ("Instagram – Følgere"), or the add button's label. */
  channel: string;
  choices?: { metricId: string; label: string }[];
  /** The uplift as the person would type it in their language ("17,5" in bokmål). */
  upliftPct: string;
  typicalGoalNb: string;
  typicalGoalEn: string;
  source: string;
};

function EditButton({ channel, add, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { channel: string; add: boolean }) {
  const t = useTranslations("benchmarks.edit");
  return (
    <Button variant="secondary" className="min-h-9 px-3" {...props}>
      <span aria-hidden>{add ? t("add") : t("open")}</span>
      <span className="sr-only">{add ? t("addFor") : t("openFor", { channel })}</span>
    </Button>
  );
}

const loadDialog = once(() => import("./benchmark-editor-dialog").then((m) => m.BenchmarkEditorDialog));

/**
 * A manager's Edit button on one metric's row (or the Add button above the
 * table, with `choices`), and the dialog it opens. The
 * dialog's code (Radix's Dialog and the form) is not in the page's first load:
 * it is fetched when the pointer or focus reaches the button, and the click
 * swaps in the real dialog, opened.
 */
export function BenchmarkEditor({ org, row }: { org: string; row: EditableBenchmark }) {
  const dialog = useOnDemand(loadDialog);
  const trigger = <EditButton channel={row.channel} add={Boolean(row.choices)} />;
  if (dialog.loaded) return <dialog.loaded org={org} row={row} trigger={trigger} defaultOpen />;
  return cloneElement(trigger, {
    "aria-haspopup": "dialog",
    "aria-expanded": false,
    onPointerEnter: dialog.prefetch,
    onFocus: dialog.prefetch,
    onClick: dialog.open,
  });
}
