"use client";

import { cloneElement, type ButtonHTMLAttributes, type ReactElement, type ReactNode } from "react";
import { once, useOnDemand } from "./on-demand";

export type ConfirmDialogProps = {
  /** The button that opens the dialog. */
  trigger: ReactElement<ButtonHTMLAttributes<HTMLButtonElement>>;
  title: string;
  description: string;
  /** More than a sentence, below the description (a list of what is affected). */
  details?: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
};

const loadDialog = once(() => import("./confirm-dialog-radix").then((m) => m.RadixConfirmDialog));

/**
 * Asks before something that can't be undone (removing, revoking, archiving).
 * Radix's AlertDialog is not in the page's first load: until the trigger is
 * first used it is the plain button, and the click that opens the dialog
 * loads it (fetched already when the pointer or focus reached the button).
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const dialog = useOnDemand(loadDialog);
  if (dialog.loaded) return <dialog.loaded {...props} defaultOpen />;
  return cloneElement(props.trigger, {
    "aria-haspopup": "dialog",
    "aria-expanded": false,
    onPointerEnter: dialog.prefetch,
    onFocus: dialog.prefetch,
    onClick: dialog.open,
  });
}
