import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LazyToaster } from "@/components/toaster";
import { pickMessages, ROOT_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("app");
  return { title: { default: "Målbar", template: "%s · Målbar" }, description: t("tagline") };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  return (
    <html lang={locale === "nb" ? "nb" : "en"}>
      <body className="min-h-dvh">
        {/* Only the messages the root's client components read; (auth) and [org] pages get their own around their content. */}
        <NextIntlClientProvider messages={pickMessages(messages, ROOT_CLIENT_NAMESPACES)}>
          {children}
          <LazyToaster />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
