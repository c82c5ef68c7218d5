"use client";

import { useSyncExternalStore } from "react";
import { once } from "./ui/on-demand";

type Sonner = typeof import("sonner");

let sonner: Sonner | undefined;
const listeners = new Set<() => void>();

/**
 * sonner, fetched once: at the first toast, or when a page that can show
 * toasts is idle (see toast.ts). Nothing of it is in a page's first load.
 */
export const loadSonner = once(() =>
  import("sonner").then((module) => {
    sonner = module;
    for (const listener of listeners) listener();
    return module;
  }),
);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/**
 * The app's one Toaster (in the root layout, so a toast survives a
 * navigation), mounted once sonner has loaded. sonner replays the toasts
 * raised before its Toaster subscribed, so none is lost while it loads.
 */
export function LazyToaster() {
  const loaded = useSyncExternalStore(
    subscribe,
    () => sonner,
    () => undefined,
  );
  return loaded ? <loaded.Toaster position="top-center" richColors closeButton /> : null;
}
