"use client";

import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import { logOut } from "@/app/(auth)/actions";
import { LanguageSwitcher } from "@/components/language-switcher";

/** The person's menu: who they are, their role here, language and logging out. */
export function UserMenu({ name, email, roleLabel }: { name: string; email: string; roleLabel: string }) {
  const t = useTranslations("shell");
  const initials = name
    .split(/\s+/)
    .map((p) => p[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label={t("userMenu", { name })}
        className="flex size-9 items-center justify-center rounded-full bg-brand-700 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-500 dark:text-slate-950"
      >
        {initials || "?"}
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
