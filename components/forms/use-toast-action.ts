"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { toast } from "@/components/toast";
import type { ActionState } from "@/lib/auth/action";

/**
 * Runs a server action outside a form (a select, a confirm button) and tells
 * the outcome in a toast: the success text, or the error's message.
 */
export function useToastAction<T>(action: (prev: ActionState<T>, input: Record<string, unknown>) => Promise<ActionState<T>>) {
  // client messages: action answers
  const t = useTranslations();
  const [pending, start] = useTransition();
  const run = (input: Record<string, unknown>, successKey: string) =>
    start(async () => {
      const result = await action(undefined, input);
      if (result?.ok) toast.success(t(successKey));
      else if (result) toast.error(t(result.error, result.errorValues));
    });
  return { pending, run };
}
