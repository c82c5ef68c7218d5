"use client";

import { useTranslations } from "next-intl";
import { type ButtonHTMLAttributes, cloneElement } from "react";
import { Button } from "@/components/ui/button";
import { once, useOnDemand } from "@/components/ui/on-demand";

export type EditableBenchmark = {
  channelId: string;
  channel: string;
  /** The uplift as the person would type it in their language ("17,5" in bokmål). */
  upliftPct: string;
  typicalGoalNb: string;
  typicalGoalEn: string;
  source: string;
};

function EditButton({ channel, ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { channel: string }) {
  const t = useTranslations("benchmarks.edit");
  return (
    <Button variant="secondary" className="min-h-9 px-3" {...props}>
      <span aria-hidden>{t("open")}</span>
      <span className="sr-only">{t("openFor", { channel })}</span>
    </Button>
  );
}

const loadDialog = once(() => import("./benchmark-editor-dialog").then((m) => m.BenchmarkEditorDialog));

/**
 * A manager's Edit button on one channel's row, and the dialog it opens. The
 * dialog's code (Radix's Dialog and the form) is not in the page's first load:
 * it is fetched when the pointer or focus reaches the button, and the click
 * swaps in the real dialog, opened.
 */
export function BenchmarkEditor({ org, row }: { org: string; row: EditableBenchmark }) {
  const dialog = useOnDemand(loadDialog);
  const trigger = <EditButton channel={row.channel} />;
  if (dialog.loaded) return <dialog.loaded org={org} row={row} trigger={trigger} defaultOpen />;
  return cloneElement(trigger, {
    "aria-haspopup": "dialog",
    "aria-expanded": false,
    onPointerEnter: dialog.prefetch,
    onFocus: dialog.prefetch,
    onClick: dialog.open,
  });
}
