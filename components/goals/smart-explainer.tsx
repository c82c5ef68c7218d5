import { useTranslations } from "next-intl";
import { CitedTip } from "@/components/ui/cited-tip";

const LETTERS = ["S", "M", "A", "R", "T"] as const;

function Letters() {
  const t = useTranslations();
  return (
    <>
      <ul className="space-y-2 text-sm">
        {LETTERS.map((letter) => (
          <li key={letter} className="flex gap-3">
            <span
              aria-hidden
              className="flex size-7 shrink-0 items-center justify-center rounded-md bg-brand-100 text-sm font-bold text-brand-800 dark:bg-brand-900 dark:text-brand-100"
            >
              {letter}
            </span>
            <p className="text-slate-700 dark:text-slate-300">
              <span className="font-medium text-slate-900 dark:text-slate-100">{t(`goals.smart.letters.${letter}`)}:</span>{" "}
              {t(`help.smart.letters.${letter}`)}
            </p>
          </li>
        ))}
      </ul>
      <CitedTip figure="clearGoals" className="mt-4" />
    </>
  );
}

/**
 * What each SMART letter asks for, in the words of the checks the product
 * runs (DOMAIN.md, "SMART, as the product enforces it"). Beside the form from
 * lg up; folded above it on a phone, where the SMART check comes after the
 * form and the page is long.
 */
function SmartExplainer({ variant }: { variant: "aside" | "folded" }) {
  const t = useTranslations("help.smart");
  if (variant === "folded") {
    return (
      <details className="group rounded-xl border border-slate-200 bg-white p-4 shadow-sm lg:hidden dark:border-slate-800 dark:bg-slate-900">
        <summary className="cursor-pointer text-sm font-semibold text-brand-800 dark:text-brand-200">{t("heading")}</summary>
        <p className="mt-3 mb-3 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
        <Letters />
      </details>
    );
  }
  return (
    <section aria-labelledby="smart-help-heading" className="hidden lg:block">
      <h2 id="smart-help-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-1 mb-3 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
      <Letters />
    </section>
  );
}

/** Both placements, drawn on the server and handed to the goal form (goal-form.tsx) as they are. */
export function smartHelp() {
  return { folded: <SmartExplainer variant="folded" />, aside: <SmartExplainer variant="aside" /> };
}
