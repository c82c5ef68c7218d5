import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Brand } from "@/components/brand";
import { LanguageSwitcher } from "@/components/language-switcher";
import { SiteFooter } from "@/components/site-footer";
import { ENDED_SESSION_RETENTION_DAYS, LOGIN_ATTEMPT_RETENTION_DAYS, ONE_TIME_TOKEN_RETENTION_DAYS } from "@/lib/data/accounts";
import { setLanguage } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.page");
  return { title: t("title") };
}

const SECTIONS = [
  ["whatHeading", ["whatYou", "whatOrg", "whatSecurity", "whatNot"]],
  ["whereHeading", ["whereText"]],
  ["howLongHeading", ["howLongOrg", "howLongAccount", "howLongLogins"]],
  ["rightsHeading", ["rightsExport", "rightsDeleteOrg", "rightsDeleteAccount", "rightsQuestions"]],
] as const;

/** Public: what Målbar stores, where and for how long, in plain words; the retention figures are the purge job's own. */
export default async function PrivacyPage() {
  const t = await getTranslations("privacy.page");
  const days = {
    loginDays: LOGIN_ATTEMPT_RETENTION_DAYS,
    sessionDays: ENDED_SESSION_RETENTION_DAYS,
    tokenDays: ONE_TIME_TOKEN_RETENTION_DAYS,
  };
  return (
    <div className="flex min-h-dvh flex-col">
      <header className="mx-auto flex w-full max-w-5xl items-center justify-between px-4 py-4">
        <Brand />
        <LanguageSwitcher setLanguage={setLanguage} />
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 pb-16 pt-6 sm:pt-10">
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-4 text-lg text-slate-700 dark:text-slate-300">{t("intro")}</p>
        {SECTIONS.map(([heading, paragraphs]) => (
          <section key={heading} aria-labelledby={heading} className="mt-10">
            <h2 id={heading} className="text-xl font-semibold">
              {t(heading)}
            </h2>
            <ul className="mt-3 space-y-3 text-slate-700 dark:text-slate-300">
              {paragraphs.map((p) => (
                <li key={p}>{t(p, days)}</li>
              ))}
            </ul>
          </section>
        ))}
        <p className="mt-10">
          <Link href="/" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            {t("back")}
          </Link>
        </p>
      </main>
      <SiteFooter />
    </div>
  );
}
