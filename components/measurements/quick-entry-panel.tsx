"use client";

import { useOptimistic, useState } from "react";
import type { Point } from "@/lib/domain/goal-types";
import type { ValueUnit } from "@/lib/format";
import { QuickEntry, type RecordMeasurement } from "./quick-entry";
import { RecentValues } from "./recent-values";

/** A value recorded but not yet confirmed, in date order with the confirmed ones (a second value on a date corrects it). */
export function withPending(points: Point[], pending: Point, keep: number): Point[] {
  const others = points.filter((p) => p.date !== pending.date);
  const next = [...others, pending].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return next.slice(-Math.max(keep, 1));
}

type Props = {
  org: string;
  channelId: string;
  metricId: string;
  today: string;
  unitLabel: string;
  unit: ValueUnit;
  recent: Point[];
  caption: string;
  recordMeasurement: RecordMeasurement;
};

/**
 * The goal page's measurement entry with the latest values under it. A saved
 * value shows in the list at once, marked as being saved; if the server
 * refuses it, it disappears again and the form says why. Once saved, the list
 * shows the values the action answered with while the rest of the page
 * refreshes (the action's answer carries no re-rendered page).
 */
export function QuickEntryPanel({ recent, caption, ...entry }: Props) {
  // The saved values the action answered with, until the page's refresh brings new `recent` values.
  const [saved, setSaved] = useState<{ base: Point[]; points: Point[] } | null>(null);
  const confirmed = saved && saved.base === recent ? saved.points : recent;
  const [shown, addPending] = useOptimistic<{ points: Point[]; pendingDate: string | null }, Point>(
    { points: confirmed, pendingDate: null },
    (current, pending) => ({ points: withPending(current.points, pending, Math.max(recent.length, 8)), pendingDate: pending.date }),
  );
  return (
    <>
      <QuickEntry {...entry} onOptimistic={addPending} onSaved={(points) => setSaved({ base: recent, points })} />
      <div className="mt-5 border-t border-slate-200 pt-4 dark:border-slate-800">
        <RecentValues points={shown.points} unit={entry.unit} caption={caption} pendingDate={shown.pendingDate} />
      </div>
    </>
  );
}
