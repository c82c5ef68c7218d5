import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/current";
import { invitationLanding, membershipsOfUser } from "@/lib/data/team";
import { AcceptInviteForm } from "./accept-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("invite");
  return { title: t("metaTitle") };
}

async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("invite");
  const tRoles = await getTranslations("roles");
  const [invitation, user] = await Promise.all([invitationLanding(token), currentUser()]);
  if (invitation?.state !== "open") {
    // A withdrawn, used or expired link says so, naming the organization; a link never issued (or replaced) says it is not valid.
    const why = invitation?.state ?? "invalid";
    return (
      <Card className="p-6 sm:p-8">
        <h1 className="text-2xl font-semibold tracking-tight">{t(`${why}Title`)}</h1>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t(`${why}Body`, { org: invitation?.orgName ?? "" })}</p>
        <Link href="/" className={buttonClass("secondary", "mt-6")}>
          {t("home")}
        </Link>
      </Card>
    );
  }
  const alreadyMember = user ? (await membershipsOfUser(user.id)).some((m) => m.slug === invitation.orgSlug) : false;
  const signInPath = `/login?callbackUrl=${encodeURIComponent(`/invite/${token}`)}`;
  return (
    <Card className="p-6 sm:p-8">
      <p className="text-sm font-medium text-brand-700 dark:text-brand-300">{t("eyebrow")}</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">{t("title", { org: invitation.orgName })}</h1>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {invitation.inviterName
          ? t("bodyFrom", { inviter: invitation.inviterName, org: invitation.orgName, role: tRoles(invitation.role) })
          : t("body", { org: invitation.orgName, role: tRoles(invitation.role) })}
      </p>
      <div className="mt-6 space-y-3">
        {alreadyMember ? (
          <>
            <p className="text-sm">{t("alreadyMember")}</p>
            <Link href={`/${invitation.orgSlug}`} className={buttonClass("primary", "w-full")}>
              {t("open", { org: invitation.orgName })}
            </Link>
          </>
        ) : user ? (
          <AcceptInviteForm token={token} org={invitation.orgName} signedInAs={user.email} />
        ) : (
          <>
            <Link href={`/signup?invite=${encodeURIComponent(token)}`} className={buttonClass("primary", "w-full")}>
              {t("createAccount")}
            </Link>
            <Link href={signInPath} className={buttonClass("secondary", "w-full")}>
              {t("logIn")}
            </Link>
          </>
        )}
      </div>
    </Card>
  );
}

export default withMessages(["errors", "invite", "validation"], InvitePage);
