/** A number as a person types it in the locale: a decimal comma in bokmål, at most three decimals. */
export function decimalText(value: number | null | undefined, locale: string): string {
  if (value == null) return "";
  const text = String(Math.round(value * 1000) / 1000);
  return locale === "nb" ? text.replace(".", ",") : text;
}
