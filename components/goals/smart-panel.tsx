"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { realismMessageValues, type RealismVerdict } from "@/lib/domain/realism";
import type { SmartCheck } from "@/lib/domain/smart";
import { formatShare } from "@/lib/format";
import { benchmarkSourceText } from "@/lib/i18n/benchmark-source";
import { intlLocale } from "@/lib/i18n/locales";

const LEVEL_TONE: Record<RealismVerdict["level"], BadgeTone> = {
  typical: "green",
  ambitious: "amber",
  unrealistic: "red",
  unknown: "neutral",
};

/** The five SMART letters, each met or not with its reason, in words as well as colour. */
export function SmartPanel({ checks, realism }: { checks: SmartCheck[]; realism: RealismVerdict | null }) {
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
            <span
              className={`flex size-8 shrink-0 items-center justify-center rounded-md text-sm font-bold ${c.met ? "bg-emerald-100 text-emerald-800 dark:bg-emerald-900 dark:text-emerald-100" : "bg-red-100 text-red-800 dark:bg-red-900 dark:text-red-100"}`}
              aria-hidden
            >
              {c.letter}
            </span>
            <div className="min-w-0 text-sm">
              <p className="font-medium">
                {t(`goals.smart.letters.${c.letter}`)}:{" "}
                <span className={c.met ? "text-emerald-700 dark:text-emerald-300" : "text-red-700 dark:text-red-300"}>
                  {c.met ? t("goals.smart.met") : t("goals.smart.notMet")}
                </span>
              </p>
              <p className="text-slate-600 dark:text-slate-400">{t(c.messageKey, c.values ?? {})}</p>
            </div>
          </li>
        ))}
      </ul>
      {realism ? <RealismBox realism={realism} /> : null}
    </section>
  );
}

function RealismBox({ realism }: { realism: RealismVerdict }) {
  const t = useTranslations();
  const locale = useLocale();
  const share = (v: number | null) => (v == null ? "—" : formatShare(locale, v));
  return (
    <div className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800" aria-live="polite">
      <div className="flex items-center gap-2">
        <h3 className="font-medium">{t("goals.realism.heading")}</h3>
        <Badge tone={LEVEL_TONE[realism.level]}>{t(`goals.realism.levels.${realism.level}`)}</Badge>
      </div>
      <p className="mt-1 text-slate-600 dark:text-slate-400">{t(realism.messageKey, realismMessageValues(realism))}</p>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-2 text-xs">
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t("goals.realism.implied")}</dt>
          <dd className="font-medium tabular-nums">{share(realism.implied6m)}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t("goals.realism.benchmark")}</dt>
          <dd className="font-medium tabular-nums">{share(realism.benchmark6m)}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t("goals.realism.trend")}</dt>
          <dd className="font-medium tabular-nums">{share(realism.trend6m)}</dd>
        </div>
        <div>
          <dt className="text-slate-500 dark:text-slate-400">{t("goals.realism.months")}</dt>
          <dd className="font-medium tabular-nums">
            {realism.months == null ? "—" : new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 }).format(realism.months)}
          </dd>
        </div>
      </dl>
      {realism.source ? (
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          {t("goals.realism.source", { source: benchmarkSourceText(realism.source, (k) => t(`benchmarkSource.${k}`)).short })}
        </p>
      ) : null}
    </div>
  );
}
