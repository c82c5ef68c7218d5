"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { revokeApiTokenAction } from "./actions";

export function RevokeTokenButton({ org, id, name }: { org: string; id: string; name: string }) {
  const t = useTranslations("measurements.api.revoke");
  return (
    <ConfirmActionButton
      action={revokeApiTokenAction}
      input={{ org, id }}
      doneKey="measurements.api.revoke.done"
      className="min-h-9 px-2 text-red-700 dark:text-red-400"
      title={t("title", { name })}
      description={t("body")}
      confirmLabel={t("button")}
      cancelLabel={t("cancel")}
    >
      {t("button")}
      <span className="sr-only"> {name}</span>
    </ConfirmActionButton>
  );
}
