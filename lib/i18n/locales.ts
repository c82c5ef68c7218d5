export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
const DEFAULT_LOCALE: Locale = "nb";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best supported language of an Accept-Language header; Norwegian in any
 * form (nb, no, nn) reads as bokmål.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.find((p) => p.trim().startsWith("q="));
      return { tag, q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const base = tag.split("-")[0];
    if (base === "nb" || base === "no" || base === "nn") return "nb";
    if (base === "en") return "en";
  }
  return DEFAULT_LOCALE;
}

/** The person's saved choice (the locale cookie), else the browser's language: the rule every page follows. */
export function chooseLocale(saved: string | undefined, acceptLanguage: string | null | undefined): Locale {
  return isLocale(saved) ? saved : localeFromAcceptLanguage(acceptLanguage);
}

/** chooseLocale for a route handler, read from its request's Cookie and Accept-Language headers. */
export function localeOfRequest(request: Request): Locale {
  const saved = request.headers
    .get("cookie")
    ?.split(";")
    .map((pair) => pair.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  return chooseLocale(saved, request.headers.get("accept-language"));
}

/** The Intl locale a product locale formats with: bokmål as in Norway, English as in the UK. */
export function intlLocale(locale: string): string {
  return locale === "nb" ? "nb-NO" : "en-GB";
}

/** A catalogue row's name (channel, metric, benchmark) in the reader's language. */
export function localized(row: { nameNb: string; nameEn: string }, locale: string): string {
  return locale === "nb" ? row.nameNb : row.nameEn;
}
