import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import type { Role } from "@/db/schema";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { OnboardingStatus } from "@/lib/data/team";
import { ONBOARDING_STEPS, type OnboardingStep, onboardingProgress } from "@/lib/domain/onboarding";
import { type StepAction, stepAction } from "./step-actions";

function StepMarker({ done, number }: { done: boolean; number: number }) {
  return (
    <span
      aria-hidden
      className={
        done
          ? "flex size-7 shrink-0 items-center justify-center rounded-full bg-emerald-600 text-white dark:bg-emerald-500 dark:text-slate-950"
          : "flex size-7 shrink-0 items-center justify-center rounded-full border-2 border-slate-300 text-xs font-semibold text-slate-600 dark:border-slate-600 dark:text-slate-300"
      }
    >
      {done ? (
        <svg
          viewBox="0 0 24 24"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="3"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M5 12l5 5 9-10" />
        </svg>
      ) : (
        number
      )}
    </span>
  );
}

function StepItem({ step, number, done, action }: { step: OnboardingStep; number: number; done: boolean; action: StepAction }) {
  const t = useTranslations("onboarding");
  return (
    <li className="flex gap-3 py-3 first:pt-0 last:pb-0">
      <StepMarker done={done} number={number} />
      <div className="min-w-0 flex-1 text-sm">
        <p className="flex flex-wrap items-baseline gap-x-2">
          <span className={done ? "font-medium text-slate-600 dark:text-slate-400" : "font-medium"}>{t(`steps.${step}.title`)}</span>
          {done ? (
            <span className="text-xs font-semibold text-emerald-700 dark:text-emerald-300">{t("done")}</span>
          ) : (
            <span className="sr-only">{t("open")}</span>
          )}
        </p>
        {done ? null : (
          <>
            <p className="mt-0.5 text-slate-600 dark:text-slate-400">{t(`steps.${step}.why`)}</p>
            {action.kind === "link" ? (
              <Link
                href={action.href}
                className="mt-1 inline-block font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300"
              >
                {t(`actions.${action.label}`)} →
              </Link>
            ) : (
              <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">{t(`who.${action.note}`)}</p>
            )}
          </>
        )}
      </div>
    </li>
  );
}

/**
 * The source article's seven steps as a first-run checklist, each ticked from
 * the organization's own data (lib/data/team/onboarding.ts). Folds away like any
 * <details>; once all seven are done it starts folded, as "7 of 7", until the
 * dashboard stops showing it (showOnboarding).
 */
export function OnboardingChecklist({ status, slug, role }: { status: OnboardingStatus; slug: string; role: Role }) {
  const t = useTranslations("onboarding");
  const progress = onboardingProgress(status.done);
  const count = t("progress", { completed: progress.completed, total: progress.total });
  return (
    <section
      aria-labelledby="onboarding-heading"
      className="mb-6 rounded-xl border border-brand-200 bg-white p-5 shadow-sm dark:border-brand-900 dark:bg-slate-900"
    >
      <div className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
        <h2 id="onboarding-heading" className="text-lg font-semibold">
          {progress.allDone ? t("doneHeading") : t("heading")}
        </h2>
        <p className="shrink-0 text-sm font-medium tabular-nums text-slate-700 dark:text-slate-300">{count}</p>
      </div>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{progress.allDone ? t("doneBody") : t("intro")}</p>
      <div className="mt-3">
        <ProgressBar progress={progress.share} label={t("progressLabel")} valueText={count} />
      </div>
      <details open={!progress.allDone} className="group mt-4">
        <summary className="cursor-pointer text-sm font-medium text-brand-700 dark:text-brand-300">
          <span className="group-open:hidden">{t("show")}</span>
          <span className="hidden group-open:inline">{t("hide")}</span>
        </summary>
        <ol aria-label={t("listLabel")} className="mt-4 divide-y divide-slate-200 dark:divide-slate-800">
          {ONBOARDING_STEPS.map((step, i) => (
            <StepItem key={step} step={step} number={i + 1} done={status.done[step]} action={stepAction(step, { slug, role, ...status })} />
          ))}
        </ol>
      </details>
    </section>
  );
}
