import { Link } from "@/components/ui/link";

/** The Målbar word mark: a target ring beside the name. */
export function Brand({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="brand">
      {/* The ring's colours and sizes are the class .brand's (app/globals.css). */}
      <svg viewBox="0 0 24 24" aria-hidden>
        <circle cx="12" cy="12" r="10" />
        <circle cx="12" cy="12" r="6.5" />
        <circle cx="12" cy="12" r="3" />
      </svg>
      <span>Målbar</span>
    </Link>
  );
}
