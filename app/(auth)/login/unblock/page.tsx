import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { peekOneTimeToken } from "@/lib/data/accounts";
import { TrustBrowserForm } from "./trust-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("unblock");
  return { title: t("title") };
}

/**
 * Where the attack warning's link leads. Opening it changes nothing (mail
 * scanners open links too); the button does, through trustThisBrowser.
 */
async function UnblockPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("unblock");
  const valid = typeof token === "string" && (await peekOneTimeToken("unblockLogin", token)) !== null;
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      {valid ? (
        <>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("intro")}</p>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("notice")}</p>
          <div className="mt-6">
            <TrustBrowserForm token={token} />
          </div>
        </>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("invalid")}</p>
          <Link href="/login" className={buttonClass("secondary", "mt-6 w-full")}>
            {t("toLogin")}
          </Link>
        </>
      )}
    </Card>
  );
}

export default withMessages(["errors", "unblock", "validation"], UnblockPage);
