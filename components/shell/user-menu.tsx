"use client";

import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { useTransition } from "react";
import type { LogOut, SetLanguage } from "@/components/forms/server-actions";
import { cn } from "@/components/ui/cn";
import { initialsOf, USER_TRIGGER_CLASS } from "./menu-triggers";

export type UserMenuProps = {
  name: string;
  email: string;
  roleLabel: string;
  accountHref: string;
  logOut: LogOut;
  setLanguage: SetLanguage;
};

/**
 * The person's menu: who they are, their role here, language, their account and logging out.
 * The shell loads it when the person first opens it (deferred-menus.tsx), then `defaultOpen`.
 */
export function UserMenu({
  name,
  email,
  roleLabel,
  accountHref,
  logOut,
  setLanguage,
  defaultOpen,
}: UserMenuProps & { defaultOpen?: boolean }) {
  const t = useTranslations("shell");
  return (
    // Not modal: a modal menu hides the page with aria-hidden while its links stay focusable.
    <DropdownMenu.Root defaultOpen={defaultOpen} modal={false}>
      <DropdownMenu.Trigger aria-label={t("userMenu", { initials: initialsOf(name), name })} className={USER_TRIGGER_CLASS}>
        {initialsOf(name)}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 w-72 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <div className="px-3 py-2">
            <p className="truncate text-sm font-semibold">{name}</p>
            <p className="truncate text-xs text-slate-600 dark:text-slate-400">{email}</p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("yourRole", { role: roleLabel })}</p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          <LanguageItems label={t("language")} setLanguage={setLanguage} />
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          <DropdownMenu.Item
            asChild
            className="block rounded-md px-3 py-2 text-sm focus-visible:-outline-offset-2 data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800"
          >
            <Link href={accountHref}>{t("account")}</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="cursor-pointer rounded-md px-3 py-2 text-sm focus-visible:-outline-offset-2 data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800"
            onSelect={() => {
              void logOut(undefined, {});
            }}
          >
            {t("logOut")}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}

/**
 * The language as menu radio items, not buttons: a menu holds only menu items,
 * and arrow keys reach them. The menu stays open, now in the chosen language.
 */
function LanguageItems({ label, setLanguage }: { label: string; setLanguage: SetLanguage }) {
  const locale = useLocale();
  const [pending, start] = useTransition();
  return (
    <DropdownMenu.RadioGroup aria-label={label} value={locale} className="flex items-center justify-between gap-2 px-3 py-1 text-sm">
      <DropdownMenu.Label className="py-1" aria-hidden>
        {label}
      </DropdownMenu.Label>
      <div className="inline-flex rounded-lg border border-slate-300 p-0.5 text-xs dark:border-slate-700">
        {(["nb", "en"] as const).map((l) => (
          <DropdownMenu.RadioItem
            key={l}
            value={l}
            lang={l}
            disabled={pending}
            onSelect={(event) => {
              event.preventDefault();
              if (l !== locale) start(async () => void (await setLanguage(undefined, { locale: l })));
            }}
            className={cn(
              "cursor-pointer rounded-md px-2.5 py-1 font-medium focus-visible:outline-offset-1",
              locale === l
                ? "bg-brand-700 text-white dark:bg-brand-500 dark:text-slate-950"
                : "text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800",
            )}
          >
            {l === "nb" ? "Norsk" : "English"}
          </DropdownMenu.RadioItem>
        ))}
      </div>
    </DropdownMenu.RadioGroup>
  );
}
