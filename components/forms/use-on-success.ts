"use client";

import { useEffect, useRef } from "react";
import type { ActionState } from "@/lib/auth/action";

/** Runs `effect` once for each successful answer of an action (re-renders with the same answer don't repeat it). */
export function useOnSuccess<T>(state: ActionState<T>, effect: (data: T) => void) {
  const handled = useRef(state);
  const latest = useRef(effect);
  // Effects run in order: the latest callback is in place before it is called.
  useEffect(() => {
    latest.current = effect;
  });
  useEffect(() => {
    if (!state?.ok || handled.current === state) return;
    handled.current = state;
    latest.current(state.data);
  }, [state]);
}
