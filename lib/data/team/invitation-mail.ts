import { and, desc, eq, gt, isNotNull, or, sql } from "drizzle-orm";
import { getDb, type Tx } from "@/db/client";
import { auditEvents, invitations, organizations, type Role, users } from "@/db/schema/index";
import { INVITATION_MAIL_PACE, mailWaitSeconds } from "@/lib/domain/invitations";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { todayIn } from "@/lib/format";
import { isLocale } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { invitationMail } from "@/lib/mail/invitation-mail";
import { appLink, sendMail } from "@/lib/mail/send";
import { recordAudit } from "@/lib/data/audit";
import type { TenantContext } from "@/lib/data/context";
import { hashToken, invitationOpen, newInvitationToken } from "./invitation-tokens";

/**
 * The audit log is the record of when an invitation was mailed: its
 * "invitation.created" event carries the mail's language when it was mailed,
 * each "invitation.resent" event likewise. The pace of invitation mails is
 * counted from those events.
 */
const mailed = () =>
  or(
    and(eq(auditEvents.action, "invitation.created"), isNotNull(sql`${auditEvents.data}->>'locale'`)),
    eq(auditEvents.action, "invitation.resent"),
  );

async function mailsSince(tx: Tx, ctx: TenantContext, hours: number, invitationId?: string) {
  return tx
    .select({ at: auditEvents.createdAt, data: auditEvents.data })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.orgId, ctx.orgId),
        mailed(),
        gt(auditEvents.createdAt, sql`now() - make_interval(hours => ${hours})`),
        invitationId ? and(eq(auditEvents.targetType, "invitation"), eq(auditEvents.targetId, invitationId)) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.createdAt));
}

/** Refuses a mail the pace does not allow yet, saying in how many minutes it may go. */
async function checkPace(tx: Tx, ctx: TenantContext, invitationId: string): Promise<void> {
  const { perInvitation, perOrganization } = INVITATION_MAIL_PACE;
  const [own, org] = await Promise.all([
    mailsSince(tx, ctx, perInvitation.windowHours, invitationId),
    mailsSince(tx, ctx, perOrganization.windowHours),
  ]);
  const now = new Date();
  const wait = Math.max(
    mailWaitSeconds(
      own.map((m) => m.at),
      now,
      perInvitation,
    ),
    mailWaitSeconds(
      org.map((m) => m.at),
      now,
      perOrganization,
    ),
  );
  if (wait > 0) throw new ValidationError({}, "team.pending.mailWait", { minutes: Math.ceil(wait / 60) });
}

type MailedInvitation = { id: string; email: string; role: Role; expiresAt: Date };

/**
 * Mails an invitation's link to its address, in `locale` (the organization's
 * language when none is chosen), naming the person who created it. Returns
 * the language used. Throws when the pace does not allow it or the mail
 * server refuses: the caller's transaction then leaves nothing behind.
 */
export async function mailInvitation(
  tx: Tx,
  ctx: TenantContext,
  invitation: MailedInvitation,
  token: string,
  locale?: string,
): Promise<string> {
  await checkPace(tx, ctx, invitation.id);
  const [row] = await tx
    .select({ org: organizations.name, orgLocale: organizations.locale, timeZone: organizations.timeZone, inviter: users.name })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .leftJoin(users, eq(users.id, invitations.createdBy))
    .where(and(eq(invitations.orgId, ctx.orgId), eq(invitations.id, invitation.id)));
  if (!row) throw new NotFoundError();
  const language = isLocale(locale) ? locale : isLocale(row.orgLocale) ? row.orgLocale : "nb";
  const message = invitationMail({
    to: invitation.email,
    locale: language,
    inviter: row.inviter,
    org: row.org,
    role: invitation.role,
    link: appLink(`/invite/${token}`),
    lastDay: todayIn(row.timeZone, invitation.expiresAt),
  });
  try {
    await sendMail(message);
  } catch (error) {
    log.error({ err: error }, "invitation mail could not be sent");
    throw new ValidationError({}, "team.invite.mailFailed");
  }
  return language;
}

/**
 * Sends an invitation again, with a new link: the token is kept only as its
 * hash, so the old link cannot be mailed again; it stops working, and the
 * expiry stays. In the language the invitation was last mailed in. Only an
 * open invitation with an address; another organization's id is not found.
 */
export async function resendInvitation(ctx: TenantContext, invitationId: string): Promise<{ token: string; email: string }> {
  return getDb().transaction(async (tx) => {
    const [inv] = await tx
      .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
      .from(invitations)
      .where(and(eq(invitations.orgId, ctx.orgId), eq(invitations.id, invitationId), isNotNull(invitations.email), invitationOpen()))
      .for("update");
    if (!inv?.email) throw new NotFoundError();
    const [last] = await tx
      .select({ data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, ctx.orgId), mailed(), eq(auditEvents.targetType, "invitation"), eq(auditEvents.targetId, inv.id)))
      .orderBy(desc(auditEvents.createdAt))
      .limit(1);
    const lastLocale = typeof last?.data?.locale === "string" ? last.data.locale : undefined;
    const token = newInvitationToken();
    await tx
      .update(invitations)
      .set({ tokenHash: hashToken(token) })
      .where(and(eq(invitations.orgId, ctx.orgId), eq(invitations.id, inv.id)));
    const locale = await mailInvitation(tx, ctx, { ...inv, email: inv.email }, token, lastLocale);
    await recordAudit(tx, ctx, "invitation.resent", { type: "invitation", id: inv.id }, { role: inv.role, locale });
    return { token, email: inv.email };
  });
}
