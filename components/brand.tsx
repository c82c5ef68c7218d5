import Link from "next/link";

/** The Målbar word mark: a target ring beside the name. */
export function Brand({ href = "/" }: { href?: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-2 font-semibold tracking-tight text-slate-900 dark:text-white">
      <svg viewBox="0 0 24 24" className="size-7" aria-hidden>
        <circle cx="12" cy="12" r="10" className="fill-brand-600" />
        <circle cx="12" cy="12" r="6.5" className="fill-white dark:fill-slate-950" />
        <circle cx="12" cy="12" r="3" className="fill-brand-600" />
      </svg>
      <span className="text-lg">Målbar</span>
    </Link>
  );
}
