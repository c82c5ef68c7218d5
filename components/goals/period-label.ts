import type { PeriodValue } from "@/lib/domain/series";
import { formatDate } from "@/lib/format";

type T = (key: string, values?: Record<string, string>) => string;

/**
 * Which period a goal's value is: "uken 23.–29. nov." / "the week 23–29 Nov",
 * and "(så langt)" / "(so far)" while that period is not over.
 * `t` is the "goals" translator.
 */
export function periodLabel(t: T, locale: string, period: "week" | "month", current: PeriodValue | null | undefined): string | undefined {
  if (!current) return undefined;
  const text = t(`periodOf.${period}`, { from: formatDate(locale, current.start), to: formatDate(locale, current.end) });
  return current.partial ? `${text} ${t("soFar")}` : text;
}
