"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";

/** The root's 401 (nothing calls unauthorized() in a page today): a reference in every page's payload, as app/forbidden.tsx. */
export default function Unauthorized() {
  const t = useTranslations("errorPage");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">{t("unauthorized")}</h1>
      <Link href="/login" className="mt-6 underline underline-offset-2">
        {t("logIn")}
      </Link>
    </main>
  );
}
