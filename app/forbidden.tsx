"use client";

import { useTranslations } from "next-intl";

/**
 * The root's 403. forbidden() is only called under an organization, whose own
 * forbidden.tsx answers; this is the fallback. Next.js serializes the root's
 * 403 and 401 pages into every page's RSC payload: as client components they
 * are a reference each, where its default pages were 2 kB (issue 20).
 */
export default function Forbidden() {
  const t = useTranslations("errorPage");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold tracking-tight">{t("forbidden")}</h1>
    </main>
  );
}
