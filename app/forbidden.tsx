import { getTranslations } from "next-intl/server";

/**
 * The root's 403. forbidden() is only called under an organization, whose own
 * forbidden.tsx answers; this is the fallback. Next.js serializes the root's
 * 403 and 401 pages into every page's RSC payload: these two small ones
 * replace its default pages, 2 kB on every page (issue 20). Server components:
 * as client components they added 4 kB of first-load JS to every route.
 */
export default async function Forbidden() {
  const t = await getTranslations("accessPage");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold">{t("forbidden")}</h1>
    </main>
  );
}
