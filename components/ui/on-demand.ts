"use client";

import { useState } from "react";

/**
 * Code a page needs only when the person reaches for it (a menu, a dialog),
 * kept out of the page's first-load JavaScript: `load` is fetched once, and a
 * failed fetch is tried again at the next attempt.
 */
export function once<T>(fetch: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= fetch().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

/**
 * For a control that stands in for a heavier one until first used:
 * `prefetch` when the pointer or focus reaches it, `open` on the click, and
 * `loaded` is the fetched code from then on (render it, opened).
 */
export function useOnDemand<T>(load: () => Promise<T>) {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  return {
    loaded: loaded?.value,
    prefetch: () => void load().catch(() => undefined),
    open: () =>
      void load().then(
        (value) => setLoaded({ value }),
        () => undefined,
      ),
  };
}
