import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { pickMessages } from "./client-messages";

/**
 * An organization page with the message namespaces its client components read
 * (and the keys its server actions answer with), serialized around its content:
 * `export default withMessages(["goals", "errors"], GoalPage)`. The shell
 * around it reads the root layout's namespaces. client-messages.test.ts checks
 * every list against the page's imports, both ways.
 */
export function withMessages<P extends object>(namespaces: readonly string[], Page: (props: P) => Promise<ReactNode>) {
  async function PageWithMessages(props: P) {
    const [messages, locale] = await Promise.all([getMessages(), getLocale()]);
    return (
      <NextIntlClientProvider locale={locale} messages={pickMessages(messages, namespaces)}>
        <Page {...props} />
      </NextIntlClientProvider>
    );
  }
  return PageWithMessages;
}
