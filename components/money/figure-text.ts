import type { MoneyFigure } from "@/lib/domain/money";
import { formatMoney, formatValue } from "@/lib/format";

type T = (key: string, values?: Record<string, string | number>) => string;

/**
 * A derived money figure in words: the value in the locale ("123,50 kr" /
 * "NOK 123.50", kroner and øre), or why there is none ("no results yet"),
 * never 0 or ∞. `t` reads the "economics.figure" messages.
 */
export function figureText(locale: string, figure: MoneyFigure, unit: "nok" | "ratio" | "count", t: T): string {
  if (figure.state !== "value") return t(`figure.${figure.state}`);
  if (unit === "nok") return formatMoney(locale, figure.value, "ore");
  if (unit === "ratio") return formatValue(locale, "ratio", figure.value);
  return formatValue(locale, "count", figure.value);
}

/** An amount in whole kroner (lib/format's one money formatter), or a dash where nothing was recorded. */
export function nokText(locale: string, amount: number | null): string {
  return amount === null ? "–" : formatMoney(locale, amount);
}
