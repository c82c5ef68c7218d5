"use client";

import { useTranslations } from "next-intl";
import type { Ref } from "react";
import { buttonClass } from "@/components/ui/button";
import type { Assessment, Decision } from "@/lib/domain/review-decisions";

/** The decision as saved, folded: what was decided, by whom, and "Change" to open the form again. */
export function SavedDecision({
  goalTitle,
  assessment,
  decision,
  decidedByName,
  onChange,
  changeRef,
}: {
  goalTitle: string;
  assessment: Assessment | null;
  decision: Decision | null;
  decidedByName: string | null;
  onChange: () => void;
  changeRef?: Ref<HTMLButtonElement>;
}) {
  const t = useTranslations("reviews.decision");
  return (
    <section aria-label={t("formLabel", { goal: goalTitle })} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h4 className="text-sm font-semibold">{t("savedHeading")}</h4>
          <p className="mt-1 text-sm" data-testid="saved-decision">
            {assessment ? t(`assessments.${assessment}`) : ""}
            {assessment && decision ? " · " : ""}
            {decision ? t(`decisions.${decision}`) : ""}
            {decidedByName ? <span className="text-slate-600 dark:text-slate-400"> — {decidedByName}</span> : null}
          </p>
        </div>
        <button ref={changeRef} type="button" className={buttonClass("secondary", "min-h-9 px-3")} onClick={onChange}>
          {t("change")}
          <span className="sr-only"> {t("changeFor", { goal: goalTitle })}</span>
        </button>
      </div>
    </section>
  );
}
