import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { peekOneTimeToken } from "@/lib/data/accounts";
import { VerifyEmailForm } from "./verify-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verifyEmail");
  return { title: t("title") };
}

/**
 * The link from the verification mail. Opening it changes nothing (mail
 * scanners open links too); the button uses the token up.
 */
async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string; invite?: string }> }) {
  const { token, invite } = await searchParams;
  const t = await getTranslations("verifyEmail");
  const valid = typeof token === "string" && (await peekOneTimeToken("verifyEmail", token)) !== null;
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      {valid ? (
        <>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("body")}</p>
          <div className="mt-6">
            <VerifyEmailForm token={token} invite={typeof invite === "string" ? invite : undefined} />
          </div>
        </>
      ) : (
        <>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("invalid")}</p>
          <Link href="/login" className={buttonClass("secondary", "mt-6")}>
            {t("toLogin")}
          </Link>
        </>
      )}
    </Card>
  );
}

export default withMessages(["errors", "validation", "verifyEmail"], VerifyEmailPage);
