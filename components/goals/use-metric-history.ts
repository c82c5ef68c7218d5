"use client";

import { useEffect, useRef, useState } from "react";
import type { Point } from "@/lib/domain/goal-types";

/** How long an answer is reused, as react-query's staleTime in components/query-provider.tsx. */
const FRESH_MS = 30_000;
const NONE: Point[] = [];
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

/**
 * The chosen metric's history for the goal form (its realism check and
 * latest value), fetched when `key` changes, none while it is null or
 * loading. `start` is the history the page read for the metric the form
 * opened with: that one is not asked for again. The form's one query, so a few lines instead of react-query,
 * which would be 8 kB of the form's first load (docs/PERFORMANCE.md).
 */
export function useMetricHistory(key: string | null, fetch: () => Promise<Point[]>, start?: { key: string; points: Point[] }): Point[] {
  const fetchNow = useRef(fetch);
  useEffect(() => {
    fetchNow.current = fetch;
  });
  const [answer, setAnswer] = useState<{ key: string; points: Point[] } | null>(null);
  useEffect(() => {
    if (!key || key === start?.key) return;
    let live = true;
    cachedHistory(key, () => fetchNow.current()).then(
      (points) => live && setAnswer({ key, points }),
      () => live && setAnswer({ key, points: NONE }),
    );
    return () => {
      live = false;
    };
  }, [key, start?.key]);
  if (key && key === start?.key) return start.points;
  return key && answer?.key === key ? answer.points : NONE;
}
