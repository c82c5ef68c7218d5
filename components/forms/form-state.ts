"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/auth/action";

/**
 * Reads an action's result for a form: translated field errors, the form-level
 * error and the values to show again after a failed submit.
 */
export function useFormState<T>(state: ActionState<T>) {
  // client messages: action answers
  const t = useTranslations();
  const failed = state && !state.ok ? state : undefined;
  return {
    errors: (name: string): string[] | undefined => failed?.fieldErrors[name]?.map((key) => t(key)),
    formError:
      failed && !Object.keys(failed.fieldErrors).length ? t(failed.error, failed.errorValues) : failed ? t("errors.validation") : undefined,
    value: (name: string): string | undefined => failed?.values[name],
  };
}
