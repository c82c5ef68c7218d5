import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CitedTip } from "@/components/ui/cited-tip";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionCard } from "@/components/ui/section-card";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { listMembers, listPendingInvitations } from "@/lib/data/team";
import { can, OWNER_ROLE } from "@/lib/domain/permissions";
import { formatDay } from "@/lib/format";
import { InviteForm } from "./invite-form";
import { MoneySettingsForm } from "@/components/money/money-settings-form";
import { setMoneyVisibilityAction, setVatModeAction } from "../channels/actions";
import { MemberControls, ResendInviteButton, RevokeInviteButton } from "./member-controls";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("team") };
}

async function TeamPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { ctx, org, user } = await pageTenant(slug);
  const canManage = can(ctx.role, "team.manage");
  const canChooseMoneyViewers = can(ctx.role, "money.visibility", org);
  const canSetVat = can(ctx.role, "money.manage", org);
  const canExport = can(ctx.role, "org.export");
  const [members, invitations, t, tRoles, tData, locale] = await Promise.all([
    listMembers(ctx),
    canManage ? listPendingInvitations(ctx) : Promise.resolve([]),
    getTranslations("team"),
    getTranslations("roles"),
    getTranslations("privacy.data"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={canManage ? t("subtitleOwner") : t("subtitleMember")}
        actions={
          canManage || canExport ? (
            <>
              {canManage ? (
                <Link href={`/${org.slug}/audit`} className={buttonClass("secondary")}>
                  {t("auditLink")}
                </Link>
              ) : null}
              {canExport ? (
                <Link href={`/${org.slug}/team/data`} className={buttonClass("secondary")}>
                  {tData("title")}
                </Link>
              ) : null}
            </>
          ) : undefined
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-6">
          <section aria-labelledby="members-heading">
            <h2 id="members-heading" className="mb-3 text-lg font-semibold">
              {t("membersHeading", { count: members.length })}
            </h2>
            <Card>
              <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                {members.map((m) => (
                  <li key={m.userId} className="flex flex-col gap-3 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
                    <div className="min-w-0">
                      <p className="truncate font-medium">
                        {m.name}{" "}
                        {m.userId === user.id ? (
                          <span className="text-sm font-normal text-slate-500 dark:text-slate-400">({t("you")})</span>
                        ) : null}
                      </p>
                      <p className="truncate text-sm text-slate-600 dark:text-slate-400">{m.email}</p>
                    </div>
                    {canManage ? (
                      <MemberControls
                        org={org.slug}
                        userId={m.userId}
                        name={m.name}
                        role={m.role}
                        policy={{ moneyVisibility: org.moneyVisibility }}
                      />
                    ) : (
                      <Badge tone={m.role === OWNER_ROLE ? "brand" : "neutral"}>{tRoles(m.role)}</Badge>
                    )}
                  </li>
                ))}
              </ul>
            </Card>
            {canManage && members.length === 1 && invitations.length === 0 ? (
              <div className="mt-4">
                <EmptyState
                  icon="team"
                  title={t("alone.title")}
                  body={t("alone.body")}
                  action={
                    // The invitation form is beside the list from lg up, below it on a phone.
                    <a href="#invite-heading" className={buttonClass("secondary")}>
                      {t("alone.action")}
                    </a>
                  }
                />
              </div>
            ) : null}
            {!canManage ? (
              <div className="mt-4">
                <Alert tone="info">{t("memberNote")}</Alert>
              </div>
            ) : null}
            <CitedTip figure="teamInvolvement" className="mt-6" />
          </section>
          {canChooseMoneyViewers || canSetVat ? (
            <SectionCard id="money-settings-heading" title={t("money.heading")} description={t("money.description")}>
              <MoneySettingsForm
                org={org.slug}
                moneyVisibility={org.moneyVisibility}
                vatMode={org.vatMode}
                setMoneyVisibility={canChooseMoneyViewers ? setMoneyVisibilityAction : null}
                setVatMode={canSetVat ? setVatModeAction : null}
              />
            </SectionCard>
          ) : null}
        </div>
        {canManage ? (
          <aside className="space-y-6">
            <SectionCard id="invite-heading" title={t("invite.heading")} description={t("invite.body")}>
              <InviteForm org={org.slug} orgLocale={org.locale} />
            </SectionCard>
            <section aria-labelledby="pending-heading">
              <h2 id="pending-heading" className="mb-3 text-lg font-semibold">
                {t("pending.heading")}
              </h2>
              {invitations.length ? (
                <Card>
                  <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                    {invitations.map((inv) => (
                      <li key={inv.id} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 px-4 py-3 text-sm">
                        <div className="min-w-0">
                          <p className="truncate font-medium">{inv.email ?? t("pending.anyone")}</p>
                          <p className="text-slate-600 dark:text-slate-400">
                            {tRoles(inv.role)} · {t("pending.expires", { date: formatDay(locale, inv.expiresAt, org.timeZone) })}
                          </p>
                        </div>
                        <div className="flex items-center gap-1">
                          {inv.email ? <ResendInviteButton org={org.slug} id={inv.id} email={inv.email} /> : null}
                          <RevokeInviteButton org={org.slug} id={inv.id} label={inv.email ?? t("pending.anyone")} />
                        </div>
                      </li>
                    ))}
                  </ul>
                </Card>
              ) : (
                <p className="text-sm text-slate-600 dark:text-slate-400">{t("pending.none")}</p>
              )}
            </section>
          </aside>
        ) : null}
      </div>
    </>
  );
}

export default withMessages(["errors", "money.errors", "money.settings", "permissions", "roles", "team", "validation"], TeamPage);
