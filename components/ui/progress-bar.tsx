import { clampProgress } from "@/lib/domain/progress";

/**
 * A progress bar with an optional marker for where the goal should be today.
 * The numbers are also given as text, so the bar is never the only signal.
 */
export function ProgressBar({
  progress,
  expected,
  label,
  valueText,
}: {
  progress: number;
  expected?: number | null;
  label: string;
  valueText?: string;
}) {
  const value = clampProgress(progress);
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(value * 100)}
      aria-valuetext={valueText}
      className="relative h-2.5 w-full rounded-full bg-slate-200 dark:bg-slate-800"
    >
      <div className="h-full rounded-full bg-brand-600 dark:bg-brand-400" style={{ width: `${value * 100}%` }} />
      {expected != null ? (
        <div
          className="absolute -top-1 h-4.5 w-0.5 rounded bg-slate-700 dark:bg-slate-200"
          style={{ left: `calc(${clampProgress(expected) * 100}% - 1px)` }}
          aria-hidden
        />
      ) : null}
    </div>
  );
}
