import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { MyTask } from "@/lib/data/goals";
import { taskUrgency } from "@/lib/domain/my-tasks";
import { formatDate } from "@/lib/format";
import { MyTaskList, type MyTaskView, type SetActionItemDone } from "./my-task-list";

/**
 * "Mine oppgaver": the person's open action items from every meeting, overdue
 * first, each ticked off from here. Read with the dashboard (lib/data/goals
 * dashboardData), so overdue items show whether or not the reminders job ran.
 */
export async function MyTasks({
  slug,
  tasks,
  open,
  today,
  setDone,
}: {
  slug: string;
  tasks: MyTask[];
  open: number;
  today: string;
  setDone: SetActionItemDone;
}) {
  const [t, locale] = await Promise.all([getTranslations("myTasks"), getLocale()]);
  const views = tasks.map((task): MyTaskView => {
    const urgency = taskUrgency(task.dueOn, today);
    const date = task.dueOn ? formatDate(locale, task.dueOn) : "";
    const due =
      urgency === "overdue" ? t("dueWasOn", { date }) : urgency === "none" ? t("noDue") : urgency === "today" ? "" : t("due", { date });
    const from = [
      task.meetingTitle ? t("from", { meeting: task.meetingTitle }) : null,
      task.goalTitle ? t("goal", { goal: task.goalTitle }) : null,
    ]
      .filter(Boolean)
      .join(" · ");
    return { id: task.id, title: task.title, urgency, due, from: from || null };
  });
  return (
    <section className="mt-6 print:hidden" aria-labelledby="my-tasks">
      <div className="mb-3 flex items-baseline justify-between gap-3">
        <h2 id="my-tasks" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        {open ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("count", { count: open })}</p> : null}
      </div>
      <Card className="py-1">
        {views.length ? (
          <MyTaskList org={slug} tasks={views} setDone={setDone} />
        ) : (
          <div className="py-3">
            <p className="text-sm font-medium">{t("emptyTitle")}</p>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("emptyBody")}</p>
          </div>
        )}
        {open > tasks.length ? (
          <p className="border-t border-slate-200 py-3 text-sm dark:border-slate-800">
            <Link href={`/${slug}/reviews`} className="text-brand-700 underline underline-offset-2 dark:text-brand-300">
              {t("more", { count: open - tasks.length })}
            </Link>
          </p>
        ) : null}
      </Card>
    </section>
  );
}
