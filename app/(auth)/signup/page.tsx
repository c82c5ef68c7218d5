import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/current";
import { landingPath } from "@/lib/auth/landing";
import { previewInvitation } from "@/lib/data/team";
import { SignUpForm } from "./signup-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signup");
  return { title: t("title") };
}

async function SignUpPage({ searchParams }: { searchParams: Promise<{ invite?: string }> }) {
  const { invite } = await searchParams;
  const user = await currentUser();
  if (user) redirect(invite ? `/invite/${encodeURIComponent(invite)}` : await landingPath(user.id));
  const t = await getTranslations("signup");
  const tRoles = await getTranslations("roles");
  const invitation = invite ? await previewInvitation(invite) : undefined;
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{invitation ? t("titleInvited", { org: invitation.orgName }) : t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {invitation ? t("subtitleInvited", { role: tRoles(invitation.role) }) : t("subtitle")}
      </p>
      <div className="mt-6 space-y-4">
        {invite && !invitation ? <Alert>{t("inviteInvalid")}</Alert> : null}
        <SignUpForm invite={invitation ? invite : undefined} email={invitation?.email ?? undefined} />
      </div>
      <p className="mt-6 text-center text-sm text-slate-600 dark:text-slate-400">
        {t("haveAccount")}{" "}
        <Link
          href={invitation && invite ? `/login?callbackUrl=${encodeURIComponent(`/invite/${invite}`)}` : "/login"}
          className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
        >
          {t("logInLink")}
        </Link>
      </p>
    </Card>
  );
}

export default withMessages(["errors", "login.errors", "signup", "validation"], SignUpPage);
