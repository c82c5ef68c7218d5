import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { pageTenant } from "@/lib/auth/page";
import { SESSION_IDLE_MS, SESSION_MAX_AGE_MS } from "@/lib/domain/session-lifetime";
import { DeleteAccountForm } from "./delete-account-form";
import { LogOutEverywhereForm } from "./log-out-everywhere-form";
import { PasswordForm } from "./password-form";
import { withMessages } from "@/lib/i18n/page-messages";

const DAY_MS = 86_400_000;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

/** The signed-in person's own settings; it sits in the organization's shell, but belongs to the person. */
type Props = { params: Promise<{ org: string }>; searchParams: Promise<{ passwordChanged?: string }> };

async function AccountPage({ params, searchParams }: Props) {
  const [{ org: slug }, { passwordChanged }] = await Promise.all([params, searchParams]);
  const { user, org } = await pageTenant(slug);
  const [t, tDelete] = await Promise.all([getTranslations("account"), getTranslations("privacy.deleteAccount")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="space-y-6">
        <SectionCard id="password-heading" title={t("passwordHeading")} description={t("passwordDescription")}>
          {passwordChanged === "1" ? (
            <div className="mb-4">
              <Alert tone="success">{t("changed")}</Alert>
            </div>
          ) : null}
          {user.passwordHash ? (
            <PasswordForm org={org.slug} />
          ) : (
            <p className="text-sm text-slate-700 dark:text-slate-300">{t("noPassword")}</p>
          )}
        </SectionCard>
        <SectionCard id="sessions-heading" title={t("sessionsHeading")} description={t("sessionsDescription")}>
          <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
            {t("sessionLifetime", { idleDays: SESSION_IDLE_MS / DAY_MS, maxDays: SESSION_MAX_AGE_MS / DAY_MS })}
          </p>
          <LogOutEverywhereForm />
        </SectionCard>
        <SectionCard id="delete-account-heading" title={tDelete("heading")} description={tDelete("text")}>
          <DeleteAccountForm />
        </SectionCard>
      </div>
    </>
  );
}

export default withMessages(["account", "errors", "privacy.deleteAccount", "privacy.deleteOrg", "validation"], AccountPage);
