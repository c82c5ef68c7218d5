import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Brand } from "@/components/brand";
import { buttonClass } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center px-4 text-center">
      <Brand />
      <p className="mt-10 text-sm font-semibold text-brand-700 dark:text-brand-300">404</p>
      <h1 className="mt-2 text-3xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-3 max-w-md text-slate-600 dark:text-slate-400">{t("body")}</p>
      <Link href="/" className={buttonClass("primary", "mt-8")}>
        {t("home")}
      </Link>
    </main>
  );
}
