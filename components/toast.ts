import { loadSonner } from "./toaster";

/**
 * What components call to show a toast (instead of importing sonner): the
 * same `toast.success` / `toast.error`, with sonner loaded on demand so it is
 * not part of any page's first-load JavaScript. A page whose components can
 * toast fetches sonner once the browser is idle, so the first toast does not
 * wait for the network.
 */
export const toast = {
  success: (message: string) => void loadSonner().then((m) => m.toast.success(message)),
  error: (message: string) => void loadSonner().then((m) => m.toast.error(message)),
  /** A success with a button that takes it back ("Angre"), where undoing is cheap. */
  undoable: (message: string, undoLabel: string, onUndo: () => void) =>
    void loadSonner().then((m) => m.toast.success(message, { action: { label: undoLabel, onClick: onUndo }, duration: 8000 })),
};

if (typeof window !== "undefined") {
  const preload = () => void loadSonner().catch(() => undefined);
  if ("requestIdleCallback" in window) window.requestIdleCallback(preload);
  else setTimeout(preload, 200);
}
