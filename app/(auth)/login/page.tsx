import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { enabledOAuthProviders } from "@/lib/auth/config";
import { currentUser } from "@/lib/auth/current";
import { landingPath, safeCallbackPath } from "@/lib/auth/landing";
import { LoginForm } from "./login-form";
import { OAuthButtons } from "./oauth-buttons";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; trusted?: string; verified?: string; reset?: string; deleted?: string }>;
}) {
  const { callbackUrl, error, trusted, verified, reset, deleted } = await searchParams;
  const oauthError = !error ? undefined : error === "providerUnverified" || error === "accountUnverified" ? error : "other";
  const user = await currentUser();
  if (user) redirect(safeCallbackPath(callbackUrl) ?? (await landingPath(user.id)));
  const [t, tDeleted] = await Promise.all([getTranslations("login"), getTranslations("privacy.deleteAccount")]);
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("subtitle")}</p>
      {deleted === "1" ? (
        <p role="status" className="mt-4 rounded-md bg-brand-50 p-3 text-sm text-brand-900 dark:bg-brand-950 dark:text-brand-100">
          {tDeleted("done")}
        </p>
      ) : null}
      {trusted ? (
        <p role="status" className="mt-4 rounded-md bg-brand-50 p-3 text-sm text-brand-900 dark:bg-brand-950 dark:text-brand-100">
          {t("trusted")}
        </p>
      ) : null}
      <div className="mt-6">
        <LoginForm
          callbackUrl={safeCallbackPath(callbackUrl) ?? undefined}
          oauthError={oauthError}
          verified={verified === "1"}
          passwordReset={reset === "1"}
        />
      </div>
      <OAuthButtons providers={enabledOAuthProviders()} callbackUrl={safeCallbackPath(callbackUrl) ?? "/"} />
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        {t("noAccount")}{" "}
        <Link
          href={callbackUrl ? `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/signup"}
          className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
        >
          {t("signUpLink")}
        </Link>
      </p>
    </Card>
  );
}

export default withMessages(["errors", "login", "signup.errors", "signup.passwordProblem", "validation"], LoginPage);
