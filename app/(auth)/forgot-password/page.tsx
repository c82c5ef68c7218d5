import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { RESET_LINK_MINUTES } from "@/lib/data/accounts";
import { ForgotPasswordForm } from "./forgot-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("passwordReset");
  return { title: t("requestTitle") };
}

/** "Forgot password?" from the login page: asks for the address and mails a reset link. */
async function ForgotPasswordPage() {
  const t = await getTranslations("passwordReset");
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("requestTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("requestBody")}</p>
      <div className="mt-6">
        <ForgotPasswordForm minutes={RESET_LINK_MINUTES} />
      </div>
      <p className="mt-6 text-center text-sm">
        <Link href="/login" className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
          {t("backToLogin")}
        </Link>
      </p>
    </Card>
  );
}

export default withMessages(["errors", "passwordReset", "validation"], ForgotPasswordPage);
