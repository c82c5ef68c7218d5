import { useTranslations } from "next-intl";
import type { RealismVerdict } from "@/lib/domain/realism";
import type { SmartCheck } from "@/lib/domain/smart";
import { RealismBox } from "./realism-box";

/** Not yet checked (grey), met (green), met but worth a second look (amber: the A check's advice), not met (red). */
function tone(c: SmartCheck): { box: string; text: string } {
  if (c.pending)
    return { box: "bg-slate-100 text-slate-600 dark:bg-slate-800 dark:text-slate-300", text: "text-slate-600 dark:text-slate-400" };
  if (!c.met) return { box: "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100", text: "text-red-700 dark:text-red-300" };
  if (c.advice)
    return { box: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100", text: "text-amber-800 dark:text-amber-300" };
  return {
    box: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100",
    text: "text-emerald-700 dark:text-emerald-300",
  };
}

/**
 * The five SMART letters, each met or not with its reason, in words as well as
 * colour. Drawn on the server (the goal page, and the goal form as it opens)
 * and in the browser once the person changes the form (live-check.ts).
 */
export function SmartPanel({
  checks,
  realism,
  metric,
  channel,
}: {
  checks: SmartCheck[];
  realism: RealismVerdict | null;
  metric: string | null;
  channel: string | null;
}) {
  // client messages: smart, realism
  const t = useTranslations();
  return (
    <section aria-labelledby="smart-heading" className="space-y-4">
      <h2 id="smart-heading" className="text-base font-semibold">
        {t("goals.smart.heading")}
      </h2>
      <ul className="space-y-2">
        {checks.map((c) => (
          <li key={c.letter} className="flex gap-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <span className={`flex size-8 shrink-0 items-center justify-center rounded-md text-sm font-bold ${tone(c).box}`} aria-hidden>
              {c.letter}
            </span>
            <div className="min-w-0 text-sm">
              <p className="font-medium">
                {t(`goals.smart.letters.${c.letter}`)}:{" "}
                <span className={tone(c).text}>
                  {c.pending
                    ? t("goals.smart.notChecked")
                    : c.met
                      ? t(c.advice ? "goals.smart.metWithAdvice" : "goals.smart.met")
                      : t("goals.smart.notMet")}
                </span>
              </p>
              <p className="text-slate-600 dark:text-slate-400">{t(c.messageKey, c.values ?? {})}</p>
            </div>
          </li>
        ))}
      </ul>
      {realism ? <RealismBox realism={realism} metric={metric} channel={channel} /> : null}
    </section>
  );
}
