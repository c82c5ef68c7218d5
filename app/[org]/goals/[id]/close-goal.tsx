"use client";

import { useTranslations } from "next-intl";
import { cloneElement } from "react";
import { Button } from "@/components/ui/button";
import { once, useOnDemand } from "@/components/ui/on-demand";
import type { CloseGoalProps } from "./close-goal-dialog";

const loadDialog = once(() => import("./close-goal-dialog").then((m) => m.CloseGoalDialog));

/**
 * "Marker som nådd" / "… ikke nådd": the button, and the dialog asking why.
 * The dialog's code is fetched when the pointer or focus reaches the button.
 */
export function CloseGoalButton({ disabled, ...goal }: CloseGoalProps & { disabled?: boolean }) {
  const t = useTranslations("goals.actions");
  const dialog = useOnDemand(loadDialog);
  const trigger = (
    <Button variant="secondary" disabled={disabled}>
      {t(goal.outcome)}
    </Button>
  );
  if (dialog.loaded) return <dialog.loaded {...goal} trigger={trigger} defaultOpen />;
  return cloneElement(trigger, {
    "aria-haspopup": "dialog",
    "aria-expanded": false,
    onPointerEnter: dialog.prefetch,
    onFocus: dialog.prefetch,
    onClick: dialog.open,
  });
}
