"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { logOut } from "@/app/(auth)/actions";
import { LanguageSwitcher } from "@/components/language-switcher";
import { initialsOf, USER_TRIGGER_CLASS } from "./menu-triggers";

export type UserMenuProps = { name: string; email: string; roleLabel: string; accountHref: string };

/**
 * The person's menu: who they are, their role here, language, their account and logging out.
 * The shell loads it when the person first opens it (deferred-menus.tsx), then `defaultOpen`.
 */
export function UserMenu({ name, email, roleLabel, accountHref, defaultOpen }: UserMenuProps & { defaultOpen?: boolean }) {
  const t = useTranslations("shell");
  return (
    <DropdownMenu.Root defaultOpen={defaultOpen}>
      <DropdownMenu.Trigger aria-label={t("userMenu", { name })} className={USER_TRIGGER_CLASS}>
        {initialsOf(name)}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content align="end" sideOffset={6} className="z-50 w-72 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <div className="px-3 py-2">
            <p className="truncate text-sm font-semibold">{name}</p>
            <p className="truncate text-xs text-slate-600 dark:text-slate-400">{email}</p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("yourRole", { role: roleLabel })}</p>
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          <div className="flex items-center justify-between px-3 py-2 text-sm">
            <span>{t("language")}</span>
            <LanguageSwitcher />
          </div>
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          <DropdownMenu.Item asChild className="block rounded-md px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800">
            <Link href={accountHref}>{t("account")}</Link>
          </DropdownMenu.Item>
          <DropdownMenu.Item
            className="cursor-pointer rounded-md px-3 py-2 text-sm outline-none data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800"
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
