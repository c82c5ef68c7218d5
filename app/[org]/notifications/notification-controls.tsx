"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useTransition } from "react";
import { toast } from "@/components/toast";
import { useToastAction } from "@/components/forms/use-toast-action";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { markNotificationsRead, setReminderEmails } from "./actions";

export function MarkReadButton({ org, id, label }: { org: string; id: string; label: string }) {
  const t = useTranslations("notifications");
  const mark = useToastAction(markNotificationsRead);
  return (
    <Button
      variant="ghost"
      className="min-h-9 shrink-0 px-2"
      disabled={mark.pending}
      onClick={() => mark.run({ org, id }, "notifications.markedRead")}
    >
      {t("markRead")}
      <span className="sr-only">: {label}</span>
    </Button>
  );
}

export function MarkAllReadButton({ org }: { org: string }) {
  const t = useTranslations("notifications");
  const mark = useToastAction(markNotificationsRead);
  return (
    <Button variant="secondary" disabled={mark.pending} onClick={() => mark.run({ org, id: "all" }, "notifications.allMarkedRead")}>
      {t("markAllRead")}
    </Button>
  );
}

/** The person's "e-mail me reminders" setting, shown switched at once and confirmed in a toast. */
export function EmailRemindersSwitch({ org, on }: { org: string; on: boolean }) {
  // client messages: action answers
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [checked, setChecked] = useOptimistic(on);
  const toggle = () =>
    start(async () => {
      const next = !checked;
      setChecked(next);
      const result = await setReminderEmails(undefined, { org, on: next });
      if (result?.ok) toast.success(t(next ? "notifications.emailOn" : "notifications.emailOff"));
      else if (result) toast.error(t(result.error));
    });
  return (
    <div className="flex items-start justify-between gap-4">
      <div>
        <label htmlFor="email-reminders" className="font-medium">
          {t("notifications.emailLabel")}
        </label>
        <p id="email-reminders-help" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          {t("notifications.emailHelp")}
        </p>
      </div>
      <button
        id="email-reminders"
        type="button"
        role="switch"
        aria-checked={checked}
        aria-describedby="email-reminders-help"
        disabled={pending}
        onClick={toggle}
        className={cn(
          "relative mt-0.5 inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-70",
          checked ? "bg-brand-700 dark:bg-brand-500" : "bg-slate-300 dark:bg-slate-700",
        )}
      >
        <span
          aria-hidden
          className={cn(
            "inline-block size-5 rounded-full bg-white shadow transition-transform",
            checked ? "translate-x-5" : "translate-x-0.5",
          )}
        />
      </button>
    </div>
  );
}
