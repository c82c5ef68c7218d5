/**
 * What the shell's two menu buttons show, shared by the Radix menus
 * (org-switcher.tsx, user-menu.tsx) and the plain buttons that stand in for
 * them until they are first opened (deferred-menus.tsx).
 */
/** The look of the organization menu's button: app/globals.css (.org-trigger). */
export const ORG_TRIGGER_CLASS = "org-trigger";

export function OrgTriggerContent({ name }: { name: string }) {
  return (
    <>
      <span className="truncate">{name}</span>
      <svg viewBox="0 0 20 20" className="size-4 shrink-0 text-slate-500" fill="currentColor" aria-hidden>
        <path d="M5.5 7.5L10 12l4.5-4.5" stroke="currentColor" strokeWidth="1.5" fill="none" />
      </svg>
    </>
  );
}

/** The look of the person's menu button: app/globals.css (.user-trigger). */
export const USER_TRIGGER_CLASS = "user-trigger";

export function initialsOf(name: string): string {
  return (
    name
      .split(/\s+/)
      .map((p) => p[0])
      .join("")
      .slice(0, 2)
      .toUpperCase() || "?"
  );
}
