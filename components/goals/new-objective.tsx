"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useRef, useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-actions";
import { toast } from "@/components/toast";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

export type CreateObjective = ServerAction<{ id: string }, Record<string, unknown>>;

const TITLE_ID = "new-objective-title";

export type NewObjectiveProps = {
  org: string;
  create: CreateObjective;
  onCreated: (objective: { id: string; title: string }) => void;
  /** The objective select, where focus returns once the new one is chosen. */
  selectId: string;
};

/**
 * "Nytt forretningsmål" inside the goal form, opened (its button is
 * new-objective-button.tsx, which fetches this when first reached for): a
 * title and a button that create the objective through the objectives' own
 * action and hand it back to be selected. It sits inside the goal's <form>,
 * so it is no form of its own: the button is a plain button, Enter in the
 * field creates rather than submitting the goal, and the field has no name,
 * so the goal form never sends it.
 */
export function NewObjective({ org, create, onCreated, selectId, onClose }: NewObjectiveProps & { onClose: () => void }) {
  const t = useTranslations("goals.form.newObjective");
  // client messages: action answers
  const tAll = useTranslations();
  const [title, setTitle] = useState("");
  const [errors, setErrors] = useState<string[] | undefined>();
  const [pending, start] = useTransition();
  const input = useRef<HTMLInputElement>(null);
  // Opening moves focus to the title, as a keyboard user expects.
  useEffect(() => input.current?.focus(), []);
  const close = () => {
    onClose();
    document.getElementById(selectId)?.focus();
  };

  const submit = () =>
    start(async () => {
      const result = await create(undefined, { org, title, description: "" });
      if (result?.ok) {
        onCreated({ id: result.data.id, title: title.trim() });
        toast.success(t("created", { title: title.trim() }));
        setTitle("");
        close();
      } else if (result) {
        const fieldErrors = result.fieldErrors.title;
        setErrors(fieldErrors?.length ? fieldErrors.map((key) => tAll(key)) : [tAll(result.error, result.errorValues)]);
      }
    });
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      if (!pending) submit();
    } else if (e.key === "Escape") {
      e.preventDefault();
      close();
    }
  };

  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <TextField
        id={TITLE_ID}
        // No name: the goal form around it must not send it.
        name=""
        label={t("title")}
        hint={t("hint")}
        value={title}
        maxLength={200}
        ref={input}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={onKeyDown}
        errors={errors}
      />
      <div className="flex flex-wrap gap-2">
        <Button onClick={submit} disabled={pending} aria-disabled={pending}>
          {pending ? t("creating") : t("create")}
        </Button>
        <Button variant="secondary" onClick={close}>
          {t("cancel")}
        </Button>
      </div>
    </div>
  );
}
