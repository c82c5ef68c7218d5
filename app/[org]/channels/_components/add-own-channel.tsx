"use client";

import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { DialogStandIn } from "@/components/ui/dialog-stand-in";
import { once, useOnDemand } from "@/components/ui/on-demand";

const loadDialog = once(() => import("./add-own-channel-dialog").then((m) => m.AddOwnChannelDialog));

/** "Legg til egen kanal": the dialog (Radix and the form) is fetched when the button is first used. */
export function AddOwnChannel({ org }: { org: string }) {
  const t = useTranslations("ownChannels");
  const dialog = useOnDemand(loadDialog);
  if (dialog.loaded) return <dialog.loaded org={org} defaultOpen />;
  return (
    <DialogStandIn dialog={dialog} className={buttonClass()}>
      {t("add")}
    </DialogStandIn>
  );
}
