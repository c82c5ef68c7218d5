import type { ReactNode } from "react";
import { cn } from "./cn";

/** A grey placeholder block; it pulses unless the person asked for less motion. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden className={cn("skeleton", className)} />;
}

/**
 * A page that is still loading: busy for assistive technology, with a spoken
 * "Loading …" status, while the placeholders below it show the page's shape.
 */
export function SkeletonPage({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div aria-busy="true" data-skeleton="page">
      <p role="status" className="sr-only">
        {label}
      </p>
      <div aria-hidden>{children}</div>
    </div>
  );
}

/** The page header's shape: a title and a line of description, optionally a button on the right. */
export function SkeletonHeader({ action = false }: { action?: boolean }) {
  return (
    <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
      <div className="space-y-2">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      {action ? <Skeleton className="h-9 w-28 rounded-lg" /> : null}
    </div>
  );
}

/** A card with a heading and some lines of text. */
export function SkeletonCard({ lines = 3, className, children }: { lines?: number; className?: string; children?: ReactNode }) {
  return (
    <div className={cn("card", className)}>
      <Skeleton className="h-5 w-40" />
      <div className="mt-4 space-y-2.5">
        {Array.from({ length: lines }, (_, i) => (
          <Skeleton key={i} className={cn("h-3.5", i % 3 === 2 ? "w-2/3" : i % 3 === 1 ? "w-5/6" : "w-full")} />
        ))}
      </div>
      {children}
    </div>
  );
}

/** A chart's area inside a card. */
export function SkeletonChart({ className }: { className?: string }) {
  return (
    <div className={cn("card", className)}>
      <div className="flex items-center justify-between gap-3">
        <Skeleton className="h-5 w-36" />
        <Skeleton className="h-8 w-32 rounded-lg" />
      </div>
      <Skeleton className="mt-4 h-64 w-full" />
    </div>
  );
}
