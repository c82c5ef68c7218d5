/**
 * Which message namespaces go to the browser. The server renders with the whole
 * catalog; NextIntlClientProvider serializes what it is given into the page's
 * HTML, so each part of the app passes only what its client components read
 * with useTranslations (the messages are precompiled ICU, see next.config.mjs).
 *
 * - root: the root layout's provider: the error page, the language switcher
 *   and the /[org] shell (navigation and menus, rendered outside the page);
 * - an organization or (auth) page: the list it gives withMessages (page-messages.tsx),
 *   whole namespaces or the parts of one its components read ("measurements.quick").
 *
 * client-messages.test.ts checks the client components' namespaces against
 * these lists (test/i18n/client-namespaces.ts follows each page's imports).
 */
type Messages = Record<string, unknown>;

export const ROOT_CLIENT_NAMESPACES = ["errorPage", "language", "nav", "shell", "roles"] as const;

/**
 * The messages under `paths`: a whole namespace ("goals") or a part of one
 * ("measurements.quick"), merged into one catalog of the same shape. Paths not
 * in the catalog are left out.
 */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const picked: Messages = {};
  for (const path of paths) {
    const parts = path.split(".");
    let from: unknown = messages;
    for (const part of parts) from = typeof from === "object" && from !== null ? (from as Messages)[part] : undefined;
    if (from === undefined) continue;
    let into = picked;
    for (const part of parts.slice(0, -1)) into = (into[part] ??= {}) as Messages;
    into[parts.at(-1)!] = from;
  }
  return picked;
}
