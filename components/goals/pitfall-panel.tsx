import { Link } from "@/components/ui/link";
import { useLocale, useTranslations } from "next-intl";
import type { GoalRow } from "@/lib/data/goals";
import type { Pitfall, PitfallId } from "@/lib/domain/pitfalls";
import { type FixContext, pitfallFix, pitfallValues } from "./pitfall-fix";

/** Pitfalls fixed goal by goal: each goal named gets its own link to the fix. */
const PER_GOAL: ReadonlySet<PitfallId> = new Set([
  "unrealistic",
  "vague",
  "noDeadline",
  "noMeasurement",
  "noObjective",
  "noOwner",
  "overOptimism",
]);

const LINK = "text-amber-900 underline underline-offset-2 dark:text-amber-200";

/**
 * The ten pitfalls that apply to the team right now, each with its advice,
 * the goals it concerns and a link to where it is fixed. On a goal's own page
 * (`goals` is that one goal, the pitfalls name none) the fix is for that goal.
 */
export function PitfallPanel({
  pitfalls,
  goals,
  slug,
  canEdit,
  heading,
}: {
  pitfalls: Pitfall[];
  goals: GoalRow[];
  slug: string;
  canEdit: boolean;
  heading?: string;
}) {
  // client messages: pitfalls
  const t = useTranslations();
  const locale = useLocale();
  if (!pitfalls.length) return null;
  const titles = new Map(goals.map((g) => [g.id, g.title]));
  const channels = new Map(goals.map((g) => [g.id, g.channelId]));
  const ctx: FixContext = { slug, canEdit, channelOf: (id) => channels.get(id) };
  const only = goals.length === 1 ? goals[0]!.id : null;
  return (
    <section
      aria-labelledby="pitfalls-heading"
      className="rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/50"
    >
      <h2 id="pitfalls-heading" className="font-semibold text-amber-950 dark:text-amber-100">
        {heading ?? t("goals.pitfalls.heading", { count: pitfalls.length })}
      </h2>
      <ul className="mt-3 space-y-3">
        {pitfalls.map((p, i) => {
          const perGoal = PER_GOAL.has(p.id) && p.goalIds.length > 0;
          const fix = perGoal ? null : pitfallFix(p, p.goalIds.length ? null : only, ctx);
          return (
            <li key={`${p.id}-${i}`} className="text-sm">
              <p className="font-medium text-amber-950 dark:text-amber-100">
                {t("goals.pitfalls.number", { name: t(`pitfalls.${p.id}.name`) })} {t(p.messageKey, pitfallValues(p, locale))}
              </p>
              <p className="text-amber-900 dark:text-amber-200">{t(p.adviceKey, pitfallValues(p, locale))}</p>
              {fix ? (
                <Link href={fix.href} className={`mt-1 inline-block font-medium ${LINK}`}>
                  {t(`goals.pitfalls.fix.${fix.label}`)} →
                </Link>
              ) : null}
              {p.goalIds.length ? (
                <ul className="mt-1 space-y-1">
                  {p.goalIds.map((id) => {
                    const goalFix = perGoal ? pitfallFix(p, id, ctx) : null;
                    const title = titles.get(id) ?? id;
                    return (
                      <li key={id} className="flex flex-wrap gap-x-3">
                        <Link id={`pitfall-${i}-${id}`} href={`/${slug}/goals/${id}`} className={LINK}>
                          {title}
                        </Link>
                        {goalFix ? (
                          // Described by the goal's title beside it: "Set a deadline", for which goal.
                          <Link href={goalFix.href} aria-describedby={`pitfall-${i}-${id}`} className={`font-medium ${LINK}`}>
                            {t(`goals.pitfalls.fix.${goalFix.label}`)} →
                          </Link>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
