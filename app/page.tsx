import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Brand } from "@/components/brand";
import { LanguageSwitcher } from "@/components/language-switcher";
import { SiteFooter } from "@/components/site-footer";
import { buttonClass } from "@/components/ui/button";
import { currentUser } from "@/lib/auth/current";
import { landingPath } from "@/lib/auth/landing";
import { setLanguage } from "./actions";

const LETTERS = ["S", "M", "A", "R", "T"] as const;

export default async function HomePage() {
  const user = await currentUser();
  if (user) redirect(await landingPath(user.id));
  const t = await getTranslations("home");
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 py-4">
        <Brand />
        <div className="flex items-center gap-3">
          <LanguageSwitcher setLanguage={setLanguage} />
          <Link href="/login" className={buttonClass("ghost", "hidden sm:inline-flex")}>
            {t("logIn")}
          </Link>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 pb-16 pt-10 sm:pt-20">
        <p className="text-sm font-semibold uppercase tracking-wider text-brand-700 dark:text-brand-300">{t("eyebrow")}</p>
        <h1 className="mt-3 max-w-3xl text-4xl font-semibold tracking-tight sm:text-5xl">{t("headline")}</h1>
        <p className="mt-5 max-w-2xl text-lg text-slate-700 dark:text-slate-300">{t("lead")}</p>
        <div className="mt-8 flex flex-col gap-3 sm:flex-row">
          <Link href="/signup" className={buttonClass("primary", "px-6 py-3 text-base")}>
            {t("start")}
          </Link>
          <Link href="/login" className={buttonClass("secondary", "px-6 py-3 text-base")}>
            {t("logIn")}
          </Link>
        </div>
        <ul className="mt-16 grid gap-4 sm:grid-cols-5">
          {LETTERS.map((letter) => (
            <li key={letter} className="rounded-xl border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <span
                className="flex size-9 items-center justify-center rounded-lg bg-brand-700 text-lg font-bold text-white dark:bg-brand-500 dark:text-slate-950"
                aria-hidden
              >
                {letter}
              </span>
              <p className="mt-3 font-semibold">{t(`smart.${letter}.title`)}</p>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t(`smart.${letter}.body`)}</p>
            </li>
          ))}
        </ul>
        <p className="mt-10 max-w-2xl text-sm text-slate-600 dark:text-slate-400">{t("citation")}</p>
      </main>
      <SiteFooter />
    </div>
  );
}
