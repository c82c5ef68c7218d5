"use client";

import type { ReactNode } from "react";
import type { useOnDemand } from "./on-demand";

/**
 * The button that opens a dialog fetched on demand, until the dialog's code
 * is there: the same look and ARIA as Radix's Dialog.Trigger when closed; the
 * pointer or focus reaching it fetches the dialog, the click opens it (the
 * caller then renders the fetched dialog, opened, with its own trigger).
 */
export function DialogStandIn({
  dialog,
  className,
  children,
}: {
  dialog: ReturnType<typeof useOnDemand<unknown>>;
  className: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={className}
      aria-haspopup="dialog"
      aria-expanded={false}
      data-state="closed"
      onPointerEnter={dialog.prefetch}
      onFocus={dialog.prefetch}
      onClick={dialog.open}
    >
      {children}
    </button>
  );
}
