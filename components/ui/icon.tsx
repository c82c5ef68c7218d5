/** The line icons; each one's shape is drawn by app/globals.css (`.icon[data-icon=…]`). */
export type IconName =
  "dashboard" | "goals" | "measurements" | "benchmarks" | "channels" | "reviews" | "team" | "notifications" | "menu" | "close";

/** A decorative line icon in the text's colour. `className=""` leaves the size to a stylesheet rule (the navigation's `.nav-link > .icon`). */
export function Icon({ name, className = "size-5" }: { name: IconName; className?: string }) {
  return <span aria-hidden className={className ? `icon ${className}` : "icon"} data-icon={name} />;
}
