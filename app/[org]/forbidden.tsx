import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Link } from "@/components/ui/link";
import { orgSlugOf, PATH_HEADER } from "@/lib/http/request-path";

/**
 * What a member sees on a page their role does not open (pageTenant's
 * forbidden()): inside their own organization's shell, with a way back to its
 * dashboard (the organization read from the page's path: a boundary gets no
 * params). Another organization's pages answer the 404 of app/not-found.tsx instead.
 */
export default async function Forbidden() {
  const [t, slug] = await Promise.all([getTranslations("forbidden"), headers().then((h) => orgSlugOf(h.get(PATH_HEADER)))]);
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center py-16 text-center">
      <p className="text-sm font-semibold text-brand-700 dark:text-brand-300">{t("eyebrow")}</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-3 text-slate-600 dark:text-slate-400">{t("body")}</p>
      <Link href={slug ? `/${slug}` : "/"} className={buttonClass("primary", "mt-8")}>
        {t("back")}
      </Link>
    </div>
  );
}
