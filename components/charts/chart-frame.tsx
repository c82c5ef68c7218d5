import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

/**
 * The box a chart draws in: its height is fixed before chart.js arrives, so
 * nothing below jumps when the canvas appears. The canvas sits in an
 * absolutely placed layer: its pixel width then never holds a grid column
 * open, so the chart shrinks with the window (a phone turned, a desktop
 * window narrowed) instead of pushing the page sideways. The layer clips
 * sideways too: until chart.js has followed a resize (a frame or more, longer
 * on a busy phone), the canvas keeps its old pixel width and would otherwise
 * widen the page.
 */
export function ChartFrame({ children, busy = false, className }: { children: ReactNode; busy?: boolean; className?: string }) {
  return (
    <div aria-busy={busy || undefined} className={cn("relative h-64 w-full sm:h-80", busy && "opacity-70 transition-opacity", className)}>
      <div className="absolute inset-0 overflow-x-clip">{children}</div>
    </div>
  );
}

export function ChartPlaceholder() {
  return (
    <div className="h-full w-full animate-pulse rounded-lg bg-slate-100 motion-reduce:animate-none dark:bg-slate-800/60" aria-hidden />
  );
}
