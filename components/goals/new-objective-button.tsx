"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { once, useOnDemand } from "@/components/ui/on-demand";
import type { NewObjectiveProps } from "./new-objective";

const loadForm = once(() => import("./new-objective").then((m) => m.NewObjective));

/**
 * "+ Nytt forretningsmål" under the objective select. The small form it opens
 * is fetched when the pointer or focus reaches the button, and shown on the
 * click; closed again, the button comes back.
 */
export function NewObjectiveButton(props: NewObjectiveProps) {
  const t = useTranslations("goals.form.newObjective");
  const form = useOnDemand(loadForm);
  const [open, setOpen] = useState(false);
  if (open && form.loaded) return <form.loaded {...props} onClose={() => setOpen(false)} />;
  return (
    <Button
      variant="ghost"
      className="min-h-9 px-2 text-brand-700 dark:text-brand-300"
      aria-busy={open || undefined}
      onPointerEnter={form.prefetch}
      onFocus={form.prefetch}
      onClick={() => {
        setOpen(true);
        form.open();
      }}
    >
      + {t("open")}
    </Button>
  );
}
