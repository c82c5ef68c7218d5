import { useLocale, useTranslations } from "next-intl";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { RealismVerdict } from "@/lib/domain/realism";
import { type RealismPart, realismParts } from "@/lib/domain/realism-text";
import { formatSignedShare } from "@/lib/format";
import { benchmarkSourceText } from "@/lib/i18n/benchmark-source";

const LEVEL_TONE: Record<RealismVerdict["level"], BadgeTone> = {
  unambitious: "amber",
  typical: "green",
  ambitious: "amber",
  unrealistic: "red",
  unknown: "neutral",
};

/** "Følgere" → "følgere", but "ROAS" stays: only a capital followed by lower case is lowered. */
function lowerFirst(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLocaleLowerCase() + name.slice(1) : name;
}

/**
 * The realism verdict in words: what the target needs, the team's own last
 * months and the metric's benchmark, each over its own months, then what that
 * means. `metric` and `channel` name the metric in the reader's language.
 */
export function RealismBox({ realism, metric, channel }: { realism: RealismVerdict; metric: string | null; channel: string | null }) {
  // client messages: realism, benchmarkSource
  const t = useTranslations();
  const locale = useLocale();
  const { comparison, verdict } = realismParts(realism);
  const named = metric ? (channel ? `${lowerFirst(metric)} (${channel})` : lowerFirst(metric)) : t("goals.realism.levels.unknown");
  const say = (p: RealismPart) =>
    t(p.key, {
      ...p.values,
      change: p.capped ? t("realism.moreThanTenfold") : formatSignedShare(locale, p.values.change ?? 0),
      metric: named,
    });
  const joined = comparison.map(say).join("; ");
  // The parts are written to follow one another; the first opens the sentence.
  const sentence = joined ? joined[0]!.toLocaleUpperCase() + joined.slice(1) : "";
  return (
    <div className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800" aria-live="polite" data-testid="realism">
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-medium">{t("goals.realism.heading")}</h3>
        <Badge tone={LEVEL_TONE[realism.level]}>{t(`goals.realism.levels.${realism.level}`)}</Badge>
      </div>
      {sentence ? <p className="mt-1 text-slate-700 dark:text-slate-300">{`${sentence}.`}</p> : null}
      <p className="mt-1 text-slate-600 dark:text-slate-400">{t(verdict.key)}</p>
      {realism.benchmark ? (
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          {t("goals.realism.source", { source: benchmarkSourceText(realism.benchmark.source, (k) => t(`benchmarkSource.${k}`)).short })}
        </p>
      ) : null}
    </div>
  );
}
