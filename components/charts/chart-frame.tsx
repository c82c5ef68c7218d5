import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * The box a chart draws in: its height is fixed before chart.js arrives, so
 * nothing below jumps when the canvas appears.
 */
export function ChartFrame({ children, busy = false, className }: { children: ReactNode; busy?: boolean; className?: string }) {
  return (
    <div aria-busy={busy || undefined} className={cn("relative h-64 w-full sm:h-80", busy && "opacity-70 transition-opacity", className)}>
      {children}
    </div>
  );
}

export function ChartPlaceholder() {
  return <div className="h-full w-full animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60" aria-hidden />;
};
