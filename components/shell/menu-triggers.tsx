/**
 * What the shell's two menu buttons show, shared by the Radix menus
 * (org-switcher.tsx, user-menu.tsx) and the plain buttons that stand in for
 * them until they are first opened (deferred-menus.tsx).
 */
export const ORG_TRIGGER_CLASS =
  "flex max-w-[55vw] items-center gap-2 rounded-lg px-2 py-1.5 text-sm font-semibold hover:bg-slate-100 sm:max-w-xs dark:hover:bg-slate-800";

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

export const USER_TRIGGER_CLASS =
  "flex size-9 items-center justify-center rounded-full bg-brand-700 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-500 dark:text-slate-950 dark:hover:bg-brand-400";

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
