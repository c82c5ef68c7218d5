"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { DropdownMenu } from "radix-ui";
import type { Role } from "@/db/schema";
import { ORG_TRIGGER_CLASS, OrgTriggerContent } from "./menu-triggers";

const ITEM =
  "flex cursor-pointer items-center justify-between gap-4 rounded-md px-3 py-2 text-sm focus-visible:-outline-offset-2 data-[highlighted]:bg-slate-100 dark:data-[highlighted]:bg-slate-800";

export type OrgSwitcherProps = { current: { slug: string; name: string }; orgs: { slug: string; name: string; role: Role }[] };

/**
 * Switches between the organizations a person belongs to, or creates another.
 * The shell loads it when the person first opens it (deferred-menus.tsx), then `defaultOpen`.
 */
export function OrgSwitcher({ current, orgs, defaultOpen }: OrgSwitcherProps & { defaultOpen?: boolean }) {
  const t = useTranslations("shell");
  const tRoles = useTranslations("roles");
  return (
    // Not modal: a modal menu hides the page with aria-hidden while its links stay focusable.
    <DropdownMenu.Root defaultOpen={defaultOpen} modal={false}>
      <DropdownMenu.Trigger className={ORG_TRIGGER_CLASS} aria-label={t("switchOrg", { org: current.name })}>
        <OrgTriggerContent name={current.name} />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="start"
          sideOffset={6}
          className="z-50 min-w-64 rounded-lg border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900"
        >
          <DropdownMenu.Label className="px-3 py-1.5 text-xs font-medium uppercase tracking-wide text-slate-500 dark:text-slate-400">
            {t("yourOrgs")}
          </DropdownMenu.Label>
          {orgs.map((o) => (
            <DropdownMenu.Item key={o.slug} asChild className={ITEM}>
              <Link href={`/${o.slug}`} aria-current={o.slug === current.slug ? "true" : undefined}>
                <span className="truncate font-medium">{o.name}</span>
                <span className="text-xs text-slate-500 dark:text-slate-400">{tRoles(o.role)}</span>
              </Link>
            </DropdownMenu.Item>
          ))}
          <DropdownMenu.Separator className="my-1 h-px bg-slate-200 dark:bg-slate-700" />
          <DropdownMenu.Item asChild className={ITEM}>
            <Link href="/new-organization">{t("newOrg")}</Link>
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
