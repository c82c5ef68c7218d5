"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { resetBenchmarkAction } from "../actions";

/** Back to the source article's figure, after asking: the organization's own value and source are deleted. */
export function ResetBenchmarkButton({ org, channelId, channel }: { org: string; channelId: string; channel: string }) {
  const t = useTranslations("benchmarks.reset");
  return (
    <ConfirmActionButton
      action={resetBenchmarkAction}
      input={{ org, channelId }}
      doneKey="benchmarks.reset.done"
      className="min-h-9 px-3"
      title={t("title", { channel })}
      description={t("body")}
      confirmLabel={t("confirm")}
      cancelLabel={t("cancel")}
    >
      <span aria-hidden>{t("open")}</span>
      <span className="sr-only">{t("openFor", { channel })}</span>
    </ConfirmActionButton>
  );
}
