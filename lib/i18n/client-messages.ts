/**
 * Which message namespaces go to the browser. The server renders with the whole
 * catalog; NextIntlClientProvider serializes what it is given into the page's
 * HTML, so each part of the app passes only what its client components read
 * with useTranslations (the messages are precompiled ICU, see next.config.mjs).
 *
 * - root: the root layout's provider: the error page, the language switcher
 *   and the /[org] shell (navigation and menus, rendered outside the page);
 * - an organization or (auth) page: the list it gives withMessages (page-messages.tsx).
 *
 * client-messages.test.ts checks the client components' namespaces against
 * these lists (test/i18n/client-namespaces.ts follows each page's imports).
 */
type Messages = Record<string, unknown>;

export const ROOT_CLIENT_NAMESPACES = ["errorPage", "language", "nav", "shell", "roles"] as const;

export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]));
}
