"use client";

import { useLocale, useTranslations } from "next-intl";
import { useTransition } from "react";
import type { SetLanguage } from "@/components/forms/server-actions";
import { cn } from "./ui/cn";

/** Two buttons, NO and EN; the choice is saved for the person and in a cookie. */
export function LanguageSwitcher({ className, setLanguage }: { className?: string; setLanguage: SetLanguage }) {
  const locale = useLocale();
  const t = useTranslations("language");
  const [pending, start] = useTransition();
  const choose = (next: "nb" | "en") =>
    start(async () => {
      await setLanguage(undefined, { locale: next });
    });
  return (
    <div
      role="group"
      aria-label={t("label")}
      className={cn("inline-flex rounded-lg border border-slate-300 p-0.5 text-xs dark:border-slate-700", className)}
    >
      {(["nb", "en"] as const).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          disabled={pending}
          aria-pressed={locale === l}
          onClick={() => choose(l)}
          className={cn(
            "rounded-md px-2.5 py-1 font-medium",
            locale === l
              ? "bg-brand-700 text-white dark:bg-brand-500 dark:text-slate-950"
              : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
          )}
        >
          {l === "nb" ? "Norsk" : "English"}
        </button>
      ))}
    </div>
  );
}
