"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ServerAction } from "@/components/forms/server-actions";
import { toast } from "@/components/toast";
import { Badge } from "@/components/ui/badge";
import type { Urgency } from "@/lib/domain/my-tasks";

/** One open item as the dashboard shows it; the words around it are made on the server. */
export type MyTaskView = { id: string; title: string; urgency: Urgency; due: string; from: string | null };

/** app/[org]/reviews/action-item-actions.ts#setActionItemDoneAction. */
export type SetActionItemDone = ServerAction<void, { org: string; id: string; done: "true" | "false" }>;

/**
 * The person's open items with a tick box each. A ticked item leaves the list
 * at once; the toast's "Angre" opens it again (cheap: the server only clears
 * the done time). The server action refreshes the dashboard either way.
 */
export function MyTaskList({ org, tasks, setDone }: { org: string; tasks: MyTaskView[]; setDone: SetActionItemDone }) {
  // client messages: myTasks, action answers
  const t = useTranslations();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [pending, start] = useTransition();
  const mark = (id: string, on: boolean) => setTicked((now) => (on ? new Set(now).add(id) : new Set([...now].filter((x) => x !== id))));

  const reopen = (task: MyTaskView) =>
    start(async () => {
      const result = await setDone(undefined, { org, id: task.id, done: "false" });
      if (result?.ok) {
        mark(task.id, false);
        toast.success(t("myTasks.reopened", { title: task.title }));
      } else if (result) toast.error(t(result.error, result.errorValues));
    });

  const tick = (task: MyTaskView) => {
    mark(task.id, true);
    start(async () => {
      const result = await setDone(undefined, { org, id: task.id, done: "true" });
      if (result?.ok) toast.undoable(t("myTasks.done", { title: task.title }), t("myTasks.undo"), () => reopen(task));
      else {
        mark(task.id, false);
        if (result) toast.error(t(result.error, result.errorValues));
      }
    });
  };

  return (
    <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-busy={pending}>
      {tasks
        .filter((task) => !ticked.has(task.id))
        .map((task) => (
          <li key={task.id} className="flex items-start gap-3 py-3">
            <input
              id={`task-${task.id}`}
              type="checkbox"
              checked={false}
              onChange={() => tick(task)}
              aria-describedby={`task-${task.id}-meta`}
              className="mt-0.5 size-5 shrink-0 rounded border-slate-400 accent-brand-700"
            />
            <div className="min-w-0 flex-1">
              <label htmlFor={`task-${task.id}`} className="block cursor-pointer break-words text-sm font-medium">
                {task.title}
              </label>
              <p
                id={`task-${task.id}-meta`}
                className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-600 dark:text-slate-400"
              >
                {task.urgency === "overdue" ? <Badge tone="red">{t("myTasks.overdue")}</Badge> : null}
                {task.urgency === "today" ? <Badge tone="amber">{t("myTasks.dueToday")}</Badge> : null}
                <span>{[task.due, task.from].filter(Boolean).join(" · ")}</span>
              </p>
            </div>
          </li>
        ))}
    </ul>
  );
}
