import { isoDateMs } from "./dates";

/**
 * Progress as the product computes it (DOMAIN.md, "Progress"): the share of
 * the way from baseline to target that the latest measurement has covered.
 * The same formula serves increase and decrease goals, since target − baseline
 * is negative for a decrease. Returned raw; clamp only for display.
 */
export function goalProgress(baseline: number, target: number, latest: number): number | null {
  if (!Number.isFinite(baseline) || !Number.isFinite(target) || !Number.isFinite(latest)) return null;
  if (target === baseline) return null;
  return (latest - baseline) / (target - baseline);
}

/** Progress limited to [0, 1] for a bar. */
export function clampProgress(progress: number): number {
  return Math.min(1, Math.max(0, progress));
}

const DAY = 86_400_000;

/** The elapsed share of [start, deadline] on `today` (ISO dates), in [0, 1]. */
export function expectedProgress(start: string, deadline: string, today: string): number | null {
  const [s, d, now] = [isoDateMs(start), isoDateMs(deadline), isoDateMs(today)];
  if (s === null || d === null || now === null || d <= s) return null;
  return clampProgress(Math.round((now - s) / DAY) / Math.round((d - s) / DAY));
}
