"use client";

import { useTranslations } from "next-intl";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { resetBenchmarkAction } from "../actions";

/** Back to the source article's figure, after asking: the organization's own value and source are deleted. */
export function ResetBenchmarkButton({ org, channelId, channel }: { org: string; channelId: string; channel: string }) {
  const t = useTranslations("benchmarks.reset");
  const reset = useToastAction(resetBenchmarkAction);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" className="min-h-9 px-3" disabled={reset.pending}>
          <span aria-hidden>{t("open")}</span>
          <span className="sr-only">{t("openFor", { channel })}</span>
        </Button>
      }
      title={t("title", { channel })}
      description={t("body")}
      confirmLabel={t("confirm")}
      cancelLabel={t("cancel")}
      onConfirm={() => reset.run({ org, channelId }, "benchmarks.reset.done")}
    />
  );
}
