"use client";

import { useTranslations } from "next-intl";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { revokeApiTokenAction } from "./actions";

export function RevokeTokenButton({ org, id, name }: { org: string; id: string; name: string }) {
  const t = useTranslations("measurements.api.revoke");
  const revoke = useToastAction(revokeApiTokenAction);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" className="min-h-9 px-2 text-red-700 dark:text-red-400" disabled={revoke.pending}>
          {t("button")}
          <span className="sr-only"> {name}</span>
        </Button>
      }
      title={t("title", { name })}
      description={t("body")}
      confirmLabel={t("button")}
      cancelLabel={t("cancel")}
      onConfirm={() => revoke.run({ org, id }, "measurements.api.revoke.done")}
    />
  );
}
