/**
 * User text (goal and task titles, organization and person names) copied into
 * an e-mail we send. The mail is trusted by its reader, so what a user wrote
 * must not be able to:
 * - add lines or headers: every kind of whitespace and line break (CR, LF,
 *   tab, NEL, the Unicode line and paragraph separators, …) becomes one space,
 *   control, zero-width and direction-changing characters are dropped;
 * - grow without bound: it is cut at a length, with "…";
 * - become a link: mail programs turn "evil.example", "www.evil.example" and
 *   "http://…" into links by themselves. They are "defanged" the way security
 *   reports quote addresses (evil[.]example, http[:]//), so the only link in
 *   the mail is the app's own.
 */

/** Longest user text in a mail, in characters: a long goal title still fits a subject line. */
export const MAIL_TEXT_MAX = { title: 80, name: 60 } as const;

// Control characters (C0, DEL, C1, which includes NEL) count as whitespace: a
// line break must still part two words. Format characters that can hide or
// reorder text (zero-width, bidi overrides and isolates, BOM) are removed.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const WHITESPACE = /\s+/gu;
// A dot (or a look-alike that browsers treat as one in host names) between a
// letter or digit and a letter: "evil.example", "xn--bcher-kva.example".
const HOST_DOT = /(?<=[\p{L}\p{N}])[.\u3002\uff0e\uff61](?=\p{L})/gu;
// "scheme://" and the bare schemes mail programs link without slashes.
const SCHEME = /([a-z][a-z0-9+.-]*):(?=\/\/)|\b(mailto|javascript|data|tel|sms):/giu;

/** One line: whitespace of every kind collapsed to single spaces, invisible characters gone, trimmed. */
export function singleLine(text: string): string {
  return text.replace(INVISIBLE, "").replace(CONTROL, " ").replace(WHITESPACE, " ").trim();
}

/** At most `max` characters (whole code points), ending in "…" when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join("")
        .trimEnd()}…`;
}

/** URL-looking parts broken so no mail program links them: evil[.]example, https[:]//. */
export function defang(text: string): string {
  return text.replace(SCHEME, (_m, scheme?: string, bare?: string) => `${scheme ?? bare}[:]`).replace(HOST_DOT, "[.]");
}

/** User text as it may appear in a mail: one line, at most `max` characters, no links. */
export function mailSafeText(text: string, max: number = MAIL_TEXT_MAX.title): string {
  return defang(truncate(singleLine(text), max));
}
