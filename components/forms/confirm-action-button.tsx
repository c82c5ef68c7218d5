"use client";

import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { ActionState } from "@/lib/auth/action";
import { useToastAction } from "./use-toast-action";

type Props<T> = {
  action: (prev: ActionState<T>, input: Record<string, unknown>) => Promise<ActionState<T>>;
  input: Record<string, unknown>;
  /** Message key of the toast after success. */
  doneKey: string;
  /** The trigger button's content. */
  children: ReactNode;
  className?: string;
  title: string;
  description: string;
  confirmLabel: string;
  cancelLabel: string;
};

/** A button that asks first, then runs a server action and tells the outcome in a toast (remove, revoke, reset). */
export function ConfirmActionButton<T>({ action, input, doneKey, children, className = "min-h-9 px-2", ...dialog }: Props<T>) {
  const run = useToastAction(action);
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" className={className} disabled={run.pending}>
          {children}
        </Button>
      }
      {...dialog}
      onConfirm={() => run.run(input, doneKey)}
    />
  );
}
