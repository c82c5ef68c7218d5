/** Line icons drawn as SVG paths (no icon font or emoji font needed). */
export const ICONS = {
  dashboard: "M3 12l9-8 9 8M5 10v10h14V10",
  goals: "M12 3a9 9 0 100 18 9 9 0 000-18zm0 4a5 5 0 100 10 5 5 0 000-10zm0 4a1 1 0 100 2 1 1 0 000-2z",
  measurements: "M4 19h16M7 16V9m5 7V5m5 11v-4",
  benchmarks: "M4 6h16M4 12h10M4 18h6",
  channels: "M12 3v18M17 7H9.5a3 3 0 000 6h5a3 3 0 010 6H6",
  reviews: "M7 3v3m10-3v3M4 8h16M5 5h14v15H5z",
  team: "M16 19v-1a4 4 0 00-8 0v1m4-8a3 3 0 100-6 3 3 0 000 6zm6 8v-1a3 3 0 00-2-2.8M18 5.2a3 3 0 010 5.6",
  notifications: "M6 16v-5a6 6 0 0112 0v5l1.5 2h-15L6 16zm4 2a2 2 0 004 0",
} as const;

export type IconName = keyof typeof ICONS;

/** `className=""` leaves the size to a stylesheet rule (the navigation's `.nav-link > .icon`). */
export function Icon({ name, className = "size-5" }: { name: IconName; className?: string }) {
  return (
    // The stroke (none filled, the text's colour, 1.8 wide, round) is the class .icon's (app/globals.css).
    <svg viewBox="0 0 24 24" className={className ? `icon ${className}` : "icon"} aria-hidden>
      <path d={ICONS[name]} />
    </svg>
  );
}
