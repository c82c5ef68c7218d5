"use client";

import { useTranslations } from "next-intl";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Button, buttonClass } from "@/components/ui/button";
import { DialogStandIn } from "@/components/ui/dialog-stand-in";
import { once, useOnDemand } from "@/components/ui/on-demand";
import { archiveOwnChannelAction } from "../own-actions";

const loadRename = once(() => import("./rename-own-channel-dialog").then((m) => m.RenameOwnChannelDialog));

/** Rename and archive (or restore) one of the organization's own channels. */
export function OwnChannelActions({ org, channel }: { org: string; channel: { id: string; name: string; archived: boolean } }) {
  const t = useTranslations("ownChannels");
  const restore = useToastAction(archiveOwnChannelAction);
  const input = { org, channelId: channel.id };
  if (channel.archived)
    return (
      <Button
        variant="ghost"
        className="min-h-9 px-2"
        disabled={restore.pending}
        onClick={() => restore.run({ ...input, archived: "false" }, "ownChannels.restored")}
      >
        {t("restore")}
        <span className="sr-only">: {channel.name}</span>
      </Button>
    );
  return (
    <div className="flex flex-wrap gap-1">
      <RenameDialog org={org} channel={channel} />
      <ConfirmActionButton
        action={archiveOwnChannelAction}
        input={{ ...input, archived: "true" }}
        doneKey="ownChannels.archived"
        title={t("archiveTitle", { name: channel.name })}
        description={t("archiveBody")}
        confirmLabel={t("archive")}
        cancelLabel={t("cancel")}
      >
        {t("archive")}
        <span className="sr-only">: {channel.name}</span>
      </ConfirmActionButton>
    </div>
  );
}

/** "Gi nytt navn": the dialog (Radix and the form) is fetched when the button is first used. */
function RenameDialog({ org, channel }: { org: string; channel: { id: string; name: string } }) {
  const t = useTranslations("ownChannels");
  const dialog = useOnDemand(loadRename);
  if (dialog.loaded) return <dialog.loaded org={org} channel={channel} defaultOpen />;
  return (
    <DialogStandIn dialog={dialog} className={buttonClass("ghost", "min-h-9 px-2")}>
      {t("rename")}
      <span className="sr-only">: {channel.name}</span>
    </DialogStandIn>
  );
}
