"use client";

import { useTranslations } from "next-intl";
import type { ComponentType, ReactNode } from "react";
import { once, useOnDemand } from "@/components/ui/on-demand";
import { initialsOf, ORG_TRIGGER_CLASS, OrgTriggerContent, USER_TRIGGER_CLASS } from "./menu-triggers";
import type { OrgSwitcherProps } from "./org-switcher";
import type { UserMenuProps } from "./user-menu";

type Menu<P> = ComponentType<P & { defaultOpen?: boolean }>;

/**
 * The shell's menus (Radix DropdownMenu, ~20 kB gzipped with its positioning
 * and focus code) are not part of any page's first load. Until a menu is first
 * opened, its button is this plain one, looking and labelled the same; the
 * code is fetched when the pointer or focus reaches the button, and the click
 * (or Enter, Space, ArrowDown) that opens it swaps in the real menu, opened.
 * From then on it is the Radix menu alone.
 */
function DeferredMenu<P extends object>({
  load,
  props,
  label,
  className,
  children,
}: {
  load: () => Promise<Menu<P>>;
  props: P;
  label: string;
  className: string;
  children: ReactNode;
}) {
  const menu = useOnDemand(load);
  if (menu.loaded) return <menu.loaded {...props} defaultOpen />;
  return (
    <button
      type="button"
      aria-haspopup="menu"
      aria-expanded={false}
      data-state="closed"
      aria-label={label}
      className={className}
      onPointerEnter={menu.prefetch}
      onFocus={menu.prefetch}
      onClick={menu.open}
      onKeyDown={(event) => {
        if (event.key !== "ArrowDown") return;
        event.preventDefault();
        menu.open();
      }}
    >
      {children}
    </button>
  );
}

const loadOrgSwitcher = once(() => import("./org-switcher").then((m): Menu<OrgSwitcherProps> => m.OrgSwitcher));

export function DeferredOrgSwitcher(props: OrgSwitcherProps) {
  const t = useTranslations("shell");
  return (
    <DeferredMenu load={loadOrgSwitcher} props={props} label={t("switchOrg", { org: props.current.name })} className={ORG_TRIGGER_CLASS}>
      <OrgTriggerContent name={props.current.name} />
    </DeferredMenu>
  );
}

const loadUserMenu = once(() => import("./user-menu").then((m): Menu<UserMenuProps> => m.UserMenu));

export function DeferredUserMenu(props: UserMenuProps) {
  const t = useTranslations("shell");
  return (
    <DeferredMenu
      load={loadUserMenu}
      props={props}
      label={t("userMenu", { initials: initialsOf(props.name), name: props.name })}
      className={USER_TRIGGER_CLASS}
    >
      {initialsOf(props.name)}
    </DeferredMenu>
  );
}
