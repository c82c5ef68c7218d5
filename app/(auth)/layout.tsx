import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";
import { Brand } from "@/components/brand";
import { LanguageSwitcher } from "@/components/language-switcher";
import { SiteFooter } from "@/components/site-footer";
import { AUTH_CLIENT_NAMESPACES, pickMessages } from "@/lib/i18n/client-messages";
import { setLanguage } from "../actions";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  const messages = await getMessages();
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 py-4">
        <Brand />
        <LanguageSwitcher setLanguage={setLanguage} />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pb-16 pt-6 sm:items-center sm:pt-0">
        <div className="w-full max-w-md">
          <NextIntlClientProvider messages={pickMessages(messages, AUTH_CLIENT_NAMESPACES)}>{children}</NextIntlClientProvider>
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
