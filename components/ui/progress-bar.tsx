import { clampProgress } from "@/lib/domain/progress";

const percent = (share: number) => Math.round(share * 10_000) / 100;

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
      className="progress"
    >
      {/* The fill and the marker are styled by .progress (app/globals.css); a hundredth of a per cent is finer than a pixel. */}
      <div style={{ width: `${percent(value)}%` }} />
      {expected != null ? <div style={{ left: `calc(${percent(clampProgress(expected))}% - 1px)` }} aria-hidden /> : null}
    </div>
  );
}
