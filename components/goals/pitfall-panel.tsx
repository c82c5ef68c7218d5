import Link from "next/link";
import { useTranslations } from "next-intl";
import type { GoalRow } from "@/lib/data/goals";
import type { Pitfall } from "@/lib/domain/pitfalls";

/** The ten pitfalls that apply to the team right now, each with its advice and the goals it concerns. */
export function PitfallPanel({ pitfalls, goals, slug, heading }: { pitfalls: Pitfall[]; goals: GoalRow[]; slug: string; heading?: string }) {
  const t = useTranslations();
  if (!pitfalls.length) return null;
  const titles = new Map(goals.map((g) => [g.id, g.title]));
  return (
    <section aria-labelledby="pitfalls-heading" className="rounded-xl border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/50">
      <h2 id="pitfalls-heading" className="font-semibold text-amber-950 dark:text-amber-100">
        {heading ?? t("goals.pitfalls.heading", { count: pitfalls.length })}
      </h2>
      <ul className="mt-3 space-y-3">
        {pitfalls.map((p, i) => (
          <li key={`${p.id}-${i}`} className="text-sm">
            <p className="font-medium text-amber-950 dark:text-amber-100">
              {t("goals.pitfalls.number", { number: p.number })} {t(p.messageKey, p.values ?? {})}
            </p>
            <p className="text-amber-900 dark:text-amber-200">{t(p.adviceKey, p.values ?? {})}</p>
            {p.goalIds.length ? (
              <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                {p.goalIds.map((id) => (
                  <li key={id}>
                    <Link href={`/${slug}/goals/${id}`} className="text-amber-900 underline underline-offset-2 dark:text-amber-200">
                      {titles.get(id) ?? id}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
