"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { resetBenchmarkAction } from "../actions";

/**
 * Deletes the organization's own row, after asking: back to the source
 * article's figure when the metric has one, else the metric has no benchmark.
 */
export function ResetBenchmarkButton({
  org,
  metricId,
  channel,
  hasDefault,
}: {
  org: string;
  metricId: string;
  channel: string;
  hasDefault: boolean;
}) {
  const t = useTranslations("benchmarks.reset");
  return (
    <ConfirmActionButton
      action={resetBenchmarkAction}
      input={{ org, metricId }}
      doneKey={hasDefault ? "benchmarks.reset.done" : "benchmarks.reset.removeDone"}
      className="min-h-9 px-3"
      title={hasDefault ? t("title", { channel }) : t("removeTitle", { channel })}
      description={hasDefault ? t("body") : t("removeBody")}
      confirmLabel={hasDefault ? t("confirm") : t("removeOpen")}
      cancelLabel={t("cancel")}
    >
      <span aria-hidden>{hasDefault ? t("open") : t("removeOpen")}</span>
      <span className="sr-only">{hasDefault ? t("openFor", { channel }) : t("removeOpenFor", { channel })}</span>
    </ConfirmActionButton>
  );
}
