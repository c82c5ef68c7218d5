"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { buttonClass } from "@/components/ui/button";
import { signInWithProvider } from "../actions";

/** Shown only when an OAuth provider is configured through the environment. */
export function OAuthButtons({ providers, callbackUrl }: { providers: { id: string; name: string }[]; callbackUrl: string }) {
  const t = useTranslations("login");
  const [state, action] = useActionState(signInWithProvider, undefined);
  if (!providers.length) return null;
  return (
    <div className="mt-6 space-y-2 border-t border-slate-200 pt-6 dark:border-slate-800">
      {state && !state.ok ? <Alert>{t("errors.oauth")}</Alert> : null}
      {providers.map((p) => (
        <form key={p.id} action={action}>
          <input type="hidden" name="provider" value={p.id} />
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <button type="submit" className={buttonClass("secondary", "w-full")}>
            {t("continueWith", { provider: p.name })}
          </button>
        </form>
      ))}
    </div>
  );
}
