import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { PaceBadge } from "@/components/dashboard/pace-badge";
import { ProgressBar } from "@/components/ui/progress-bar";
import {
  describeAdjustment,
  type MinutesActionItem,
  type MinutesFormat,
  type MinutesGoalEntry,
  type MinutesNote,
} from "@/lib/domain/minutes-markdown";
import { VERDICT_STATUSES, type VerdictStatus } from "@/lib/domain/verdict";
import { confidenceFlag } from "@/lib/domain/confidence";
import { ConfidenceBadge } from "@/components/goals/confidence-badge";

const paceOf = (pace: string): VerdictStatus =>
  (VERDICT_STATUSES as readonly string[]).includes(pace) ? (pace as VerdictStatus) : "no_data";

const muted = "text-slate-600 dark:text-slate-400";

/** Notes with their author and time, the text as it was written (line breaks kept). */
export function NoteList({ notes, f, label }: { notes: MinutesNote[]; f: MinutesFormat; label: string }) {
  const t = useTranslations("reviews.minutes");
  return (
    <ul aria-label={label} className="space-y-2">
      {notes.map((n, i) => (
        <li key={i} className="break-inside-avoid border-l-2 border-slate-300 pl-3 text-sm dark:border-slate-600">
          <p className={`text-xs ${muted}`}>
            <span className="font-medium text-slate-800 dark:text-slate-200">{n.authorName ?? t("someone")}</span> ·{" "}
            {f.dateTime(n.createdAt)}
          </p>
          <p className="mt-0.5 whitespace-pre-wrap break-words">{n.body}</p>
        </li>
      ))}
    </ul>
  );
}

/** Action items as a checklist: done or not in a mark and in words, with owner and due date. */
export function ActionItemList({ items, f, label }: { items: MinutesActionItem[]; f: MinutesFormat; label: string }) {
  const t = useTranslations("reviews.minutes");
  return (
    <ul aria-label={label} className="space-y-2">
      {items.map((item, i) => (
        <li key={i} className="flex break-inside-avoid gap-2.5 text-sm">
          <span
            aria-hidden
            className="mt-0.5 flex size-4 shrink-0 items-center justify-center rounded border border-slate-400 text-[0.7rem] leading-none font-bold dark:border-slate-500"
          >
            {item.doneAt ? "✓" : ""}
          </span>
          <div className="min-w-0">
            <p className="break-words">
              <span className="sr-only">{item.doneAt ? t("done") : t("notDone")}: </span>
              <span className={item.doneAt ? "text-slate-600 line-through decoration-slate-400 dark:text-slate-400" : "font-medium"}>
                {item.title}
              </span>
            </p>
            <p className={`text-xs ${muted}`}>
              {[
                item.ownerName ? t("owner", { name: item.ownerName }) : t("noOwner"),
                item.dueOn ? t("due", { date: f.date(item.dueOn) }) : null,
                item.doneAt ? t("doneOn", { date: f.day(item.doneAt) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
          </div>
        </li>
      ))}
    </ul>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className={`text-xs ${muted}`}>{label}</dt>
      <dd className="mt-0.5 text-sm font-medium">{children}</dd>
    </div>
  );
}

/** One goal as the meeting left it: status, numbers, the team's assessment and decision, adjustments, notes, action items. */
export function GoalMinutes({ goal, index, f }: { goal: MinutesGoalEntry; index: number; f: MinutesFormat }) {
  const t = useTranslations("reviews.minutes");
  const s = goal.snapshot;
  const value = (v: number) => f.value(s.unit, v);
  const headingId = `minutes-goal-${index}`;
  const latest =
    s.latestValue == null
      ? t("noValue")
      : s.targetValue != null
        ? t("valueVsTarget", { latest: value(s.latestValue), target: value(s.targetValue) })
        : value(s.latestValue);
  return (
    <section
      aria-labelledby={headingId}
      className="break-inside-avoid border-t border-slate-200 pt-5 first:border-t-0 first:pt-0 dark:border-slate-800"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
        <h3 id={headingId} className="text-base font-semibold">
          {s.title}
        </h3>
        <p className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400">
          {t("pace")} <PaceBadge pace={paceOf(s.pace)} />
        </p>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-3">
        <Fact label={t("progress")}>
          {s.progress != null ? (
            <span className="flex items-center gap-2">
              <span>{f.share(s.progress)}</span>
              <span className="w-20 print:hidden">
                <ProgressBar progress={s.progress} label={t("progress")} />
              </span>
            </span>
          ) : (
            "—"
          )}
        </Fact>
        <Fact label={t("latest")}>
          {latest}
          {s.latestDate ? (
            <span className={`block text-xs font-normal ${muted}`}>{t("measuredOn", { date: f.date(s.latestDate) })}</span>
          ) : null}
        </Fact>
        <Fact label={t("deadline")}>{s.deadline ? f.date(s.deadline) : t("noDeadline")}</Fact>
        <Fact label={t("assessment")}>
          {goal.assessment ? (
            <PaceBadge pace={paceOf(goal.assessment)} label={t(`assessments.${goal.assessment}`)} />
          ) : (
            <span className={`font-normal ${muted}`}>{t("notAssessed")}</span>
          )}
        </Fact>
        {s.confidence !== undefined ? (
          <Fact label={t("confidence")}>
            {s.confidence ? (
              <ConfidenceBadge level={s.confidence.level} />
            ) : (
              <span className={`font-normal ${muted}`}>{t("noConfidence")}</span>
            )}
            {s.confidence?.comment ? <span className="block text-xs font-normal italic">«{s.confidence.comment}»</span> : null}
            {s.confidence && confidenceFlag(s.confidence.level, paceOf(s.pace)) ? (
              <span className="block text-xs font-normal text-amber-800 dark:text-amber-300">{t("confidenceFlag")}</span>
            ) : null}
          </Fact>
        ) : null}
        <Fact label={t("decision")}>
          {goal.decision ? t(`decisions.${goal.decision}`) : <span className={`font-normal ${muted}`}>{t("notDecided")}</span>}
          {goal.decision && goal.decidedByName ? (
            <span className={`block text-xs font-normal ${muted}`}>{t("decidedBy", { name: goal.decidedByName })}</span>
          ) : null}
        </Fact>
      </dl>
      {s.reason && f.reason ? <p className="mt-3 text-sm">{f.reason(s.unit, s.reason)}</p> : null}
      {goal.adjustments.length ? (
        <div className="mt-4">
          <h4 className="text-sm font-semibold">{t("adjustments")}</h4>
          <ul className="mt-1.5 space-y-1.5 text-sm">
            {goal.adjustments.map((a, i) => (
              <li key={i}>
                <span className="font-medium">{describeAdjustment(a.changes, s.unit, (key, values) => t(key, values), f)}</span>
                {a.reason.trim() ? <span className="italic"> — «{a.reason}»</span> : null}
                <span className={`block text-xs ${muted}`}>
                  {t("byline", { name: a.changedByName ?? t("someone"), date: f.day(a.createdAt) })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {s.campaignNotes?.length ? (
        <div className="mt-4">
          <h4 className="mb-1.5 text-sm font-semibold">{t("campaignNotes")}</h4>
          <ul className="space-y-1 text-sm">
            {s.campaignNotes.map((n, i) => (
              <li key={i}>
                <span className="font-medium">
                  {f.date(n.startsOn)}
                  {n.endsOn && n.endsOn !== n.startsOn ? ` – ${f.date(n.endsOn)}` : ""}:
                </span>{" "}
                {n.body}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {goal.notes.length ? (
        <div className="mt-4">
          <h4 className="mb-1.5 text-sm font-semibold">{t("notes")}</h4>
          <NoteList notes={goal.notes} f={f} label={t("notesOn", { goal: s.title })} />
        </div>
      ) : null}
      {goal.actionItems.length ? (
        <div className="mt-4">
          <h4 className="mb-1.5 text-sm font-semibold">{t("actionItems")}</h4>
          <ActionItemList items={goal.actionItems} f={f} label={t("actionItemsOn", { goal: s.title })} />
        </div>
      ) : null}
    </section>
  );
}
