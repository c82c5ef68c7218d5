import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { peekPasswordReset, RESET_LINK_MINUTES } from "@/lib/data/accounts";
import { NewPasswordForm } from "./new-password-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset");
  return { title: t("setTitle") };
}

/**
 * The link from the reset mail. Opening it changes nothing (mail scanners
 * open links too); saving the form uses the link up. A used, replaced,
 * expired or mangled link gets a page that says so and offers a new one.
 */
async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const t = await getTranslations("passwordReset");
  const person = typeof token === "string" ? await peekPasswordReset(token) : null;
  if (!person || typeof token !== "string") {
    return (
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-semibold tracking-tight">{t("invalidTitle")}</h1>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("invalidBody", { minutes: RESET_LINK_MINUTES })}</p>
        <Link href="/forgot-password" className={buttonClass("primary", "mt-6 w-full")}>
          {t("askAgain")}
        </Link>
        <p className="mt-6 text-center text-sm">
          <Link href="/login" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
            {t("backToLogin")}
          </Link>
        </p>
      </Card>
    );
  }
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("setTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("setBody", { email: person.email })}</p>
      <div className="mt-6">
        <NewPasswordForm token={token} email={person.email} />
      </div>
    </Card>
  );
}

export default withMessages(["errors", "passwordReset", "signup.errors", "signup.passwordProblem", "validation"], ResetPasswordPage);
