import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/ui/section-card";
import type { MeetingBudgetMove } from "@/lib/data/reviews";
import { describeBudgetMove, type MinutesFormat } from "@/lib/domain/minutes-markdown";
import { BudgetMoveForm } from "./budget-move-form";

/** The moves decided in the meeting, as the minutes will read them. */
export async function BudgetMoveList({ moves, f }: { moves: MeetingBudgetMove[]; f: MinutesFormat }) {
  const t = await getTranslations("reviews.minutes");
  return (
    <ul className="space-y-2 text-sm">
      {moves.map((m) => {
        const text = describeBudgetMove(m, (key, values) => t(key, values), f);
        return (
          <li key={m.id} data-budget-move="">
            <p className="font-medium">{text.move}</p>
            <p className="text-slate-700 dark:text-slate-300">{text.budgets}</p>
            <p className="text-slate-600 dark:text-slate-400">
              {t("reasonLine", { reason: m.reason })} ({t("byline", { name: m.movedByName ?? t("someone"), date: f.day(m.createdAt) })})
            </p>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Budget moved between channels in this meeting, and (for owners and
 * managers who see money) the form to move more. Only for people who see money.
 */
export async function BudgetMoves({
  org,
  meetingId,
  moves,
  f,
  form,
}: {
  org: string;
  meetingId: string;
  moves: MeetingBudgetMove[];
  f: MinutesFormat;
  /** The channels money can be moved between and this month ("2026-12"); null for who may not move budget. */
  form: { channels: { id: string; name: string }[]; month: string } | null;
}) {
  const t = await getTranslations("reviews.budgetMove");
  return (
    <SectionCard id="budget-moves-heading" title={t("list")} description={t("body")}>
      {moves.length ? <BudgetMoveList moves={moves} f={f} /> : <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>}
      {form ? (
        <div className="mt-5 border-t border-slate-200 pt-5 dark:border-slate-800">
          {form.channels.length > 1 ? (
            <BudgetMoveForm org={org} meetingId={meetingId} month={form.month} channels={form.channels} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">{t("noChannels")}</p>
          )}
        </div>
      ) : null}
    </SectionCard>
  );
}
