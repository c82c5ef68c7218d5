"use client";

import { useTranslations } from "next-intl";
import { Dialog } from "radix-ui";
import { useActionState, useState } from "react";
import { toast } from "@/components/toast";
import { useFormState } from "@/components/forms/form-state";
import { useOnSuccess } from "@/components/forms/use-on-success";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { MAX_OWN_NAME } from "@/lib/domain/own-channels";
import { renameOwnChannelAction } from "../own-actions";

/** Renaming an own channel: the button and its dialog, fetched when the button is first used (own-channel-actions.tsx). */
export function RenameOwnChannelDialog({
  org,
  channel,
  defaultOpen = false,
}: {
  org: string;
  channel: { id: string; name: string };
  defaultOpen?: boolean;
}) {
  const t = useTranslations("ownChannels");
  const [open, setOpen] = useState(defaultOpen);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger className={buttonClass("ghost", "min-h-9 px-2")}>
        {t("rename")}
        <span className="sr-only">: {channel.name}</span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-slate-950/40" />
        <Dialog.Content
          aria-describedby={undefined}
          className="fixed left-1/2 top-1/2 z-50 w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 rounded-xl bg-white p-6 shadow-xl dark:bg-slate-900"
        >
          <Dialog.Title className="text-lg font-semibold">{t("renameTitle", { name: channel.name })}</Dialog.Title>
          <RenameForm org={org} channel={channel} onDone={() => setOpen(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function RenameForm({ org, channel, onDone }: { org: string; channel: { id: string; name: string }; onDone: () => void }) {
  const t = useTranslations("ownChannels");
  const [state, action] = useActionState(renameOwnChannelAction, undefined);
  const form = useFormState(state);
  const [name, setName] = useState(channel.name);
  useOnSuccess(state, () => {
    toast.success(t("renamed", { name: name.trim() }));
    onDone();
  });
  return (
    <form action={action} className="mt-5 space-y-4" noValidate>
      {form.formError ? <Alert>{form.formError}</Alert> : null}
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="channelId" value={channel.id} />
      <TextField
        id={`rename-${channel.id}`}
        label={t("name")}
        name="name"
        required
        maxLength={MAX_OWN_NAME}
        autoComplete="off"
        defaultValue={form.value("name") ?? channel.name}
        onChange={(e) => setName(e.target.value)}
        errors={form.errors("name")}
      />
      <div className="flex flex-col-reverse gap-2 pt-2 sm:flex-row sm:justify-end">
        <Dialog.Close className={buttonClass("secondary")}>{t("cancel")}</Dialog.Close>
        <SubmitButton pendingLabel={t("savingName")}>{t("renameSave")}</SubmitButton>
      </div>
    </form>
  );
}
