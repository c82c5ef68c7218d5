"use client";

import { useEffect, useRef, useState } from "react";
import { once } from "@/components/ui/on-demand";
import type { Point } from "@/lib/domain/goal-types";

const NONE: Point[] = [];
// The cache comes with the first lookup: the form opens with its history from the page (`start`).
const loadCache = once(() => import("./history-cache"));

/**
 * The chosen metric's history for the goal form (its realism check and
 * latest value), fetched when `key` changes, none while it is null or
 * loading. `start` is the history the page read for the metric the form
 * opened with: that one is not asked for again. The form's one query, so a
 * few lines instead of react-query, which would be 8 kB of the form's first
 * load (docs/PERFORMANCE.md).
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
    loadCache()
      .then((cache) => cache.cachedHistory(key, () => fetchNow.current()))
      .then(
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
