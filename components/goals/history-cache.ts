import type { Point } from "@/lib/domain/goal-types";

/** How long an answer is reused, as react-query's staleTime in components/query-provider.tsx. */
const FRESH_MS = 30_000;
/** Answers by key for the whole visit (a module, so they outlive a navigation from the new-goal form to another). */
const answers = new Map<string, { at: number; points: Promise<Point[]> }>();

export function cachedHistory(key: string, fetch: () => Promise<Point[]>, now = Date.now()): Promise<Point[]> {
  const hit = answers.get(key);
  if (hit && now - hit.at < FRESH_MS) return hit.points;
  // Tried once more after a failure (react-query's retry: 1); a failure is not kept.
  const points = fetch().catch(() => fetch());
  answers.set(key, { at: now, points });
  points.catch(() => answers.delete(key));
  return points;
}
