import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, invitations, organizations, users } from "@/db/schema";
import { invitationLanding } from "@/lib/data/team";
import { form, makeTeam, unique } from "@/test/fixtures";
import { linkIn, mailsTo } from "@/test/mail-folder";

// Mails land as .eml files here; links point at APP_URL.
const mailDir = mkdtempSync(path.join(os.tmpdir(), "maalbar-invite-"));
process.env.MAALBAR_MAIL_DIR = mailDir;
process.env.APP_URL = "https://maalbar.test";
delete process.env.SMTP_URL;
afterAll(() => rmSync(mailDir, { recursive: true, force: true }));

const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { inviteMember, resendInvite, revokeInvite } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let ownerName: string;
const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const allMails = () => readdirSync(mailDir).filter((f) => f.endsWith(".eml")).length;
const address = () => `${unique("ny")}@bakeri.no`;
const tokenOf = (link: string) => decodeURIComponent(new URL(link).pathname.split("/").at(-1)!);
const idOf = async (email: string) => (await getDb().select().from(invitations).where(eq(invitations.email, email)))[0]!;
/** The invitation's mails as if sent `minutes` ago (the pace is counted from the audit log). */
const age = (id: string, minutes: number) =>
  getDb()
    .update(auditEvents)
    .set({ createdAt: sql`now() - make_interval(mins => ${minutes})` })
    .where(and(eq(auditEvents.targetType, "invitation"), eq(auditEvents.targetId, id)));

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  [{ name: ownerName }] = (await getDb().select({ name: users.name }).from(users).where(eq(users.id, a.ownerId))) as [{ name: string }];
});
beforeEach(() => as(a.ownerId));

describe("inviting by e-mail", () => {
  it("mails the link in the chosen language, naming the inviter and the organization; the link is the one shown", async () => {
    const email = address();
    const result = await inviteMember(undefined, form({ org: a.slug, role: "manager", email, days: "7", locale: "en" }));
    expect(result).toMatchObject({ ok: true, data: { mailedTo: email } });
    const mails = mailsTo(mailDir, email);
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    expect(mail!.subject).toBe(`${ownerName} invites you to ${a.org.name} on Målbar`);
    expect(mail!.text).toContain(`${ownerName} has invited you to join ${a.org.name} on Målbar with the role Manager.`);
    const link = linkIn(mail!);
    expect(new URL(link).pathname).toBe(result?.ok ? result.data.path : "");
    expect(link.startsWith("https://maalbar.test/invite/")).toBe(true);
    // The page the link opens names the organization and who invited.
    expect(await invitationLanding(tokenOf(link))).toMatchObject({
      state: "open",
      orgName: a.org.name,
      inviterName: ownerName,
      role: "manager",
      email,
    });
  });

  it("writes in the organization's language when no language is chosen", async () => {
    await getDb().update(organizations).set({ locale: "nb" }).where(eq(organizations.id, a.org.id));
    const email = address();
    expect(await inviteMember(undefined, form({ org: a.slug, role: "member", email, days: "3" }))).toMatchObject({ ok: true });
    const [mail] = mailsTo(mailDir, email);
    expect(mail!.subject).toBe(`${ownerName} inviterer deg til ${a.org.name} i Målbar`);
    expect(mail!.text).toContain("med rollen Ansatt.");
  });

  it("mails nothing for an open link without an address", async () => {
    const before = allMails();
    const result = await inviteMember(undefined, form({ org: a.slug, role: "member", email: "", days: "7" }));
    expect(result).toMatchObject({ ok: true, data: { mailedTo: null } });
    expect(allMails()).toBe(before);
  });

  it("leaves no invitation behind when the mail server refuses", async () => {
    const email = address();
    // Nothing listens on the discard port: the connection is refused at once.
    process.env.SMTP_URL = "smtp://127.0.0.1:9";
    process.env.MAIL_FROM = "Målbar <ikke-svar@maalbar.test>";
    try {
      const result = await inviteMember(undefined, form({ org: a.slug, role: "member", email, days: "7" }));
      expect(result).toMatchObject({ ok: false, error: "team.invite.mailFailed" });
    } finally {
      delete process.env.SMTP_URL;
      delete process.env.MAIL_FROM;
    }
    expect(await getDb().$count(invitations, eq(invitations.email, email))).toBe(0);
  });
});

describe("sending again", () => {
  it("mails a new link in the first mail's language; the old link stops working", async () => {
    const email = address();
    await inviteMember(undefined, form({ org: a.slug, role: "member", email, days: "7", locale: "en" }));
    const first = linkIn(mailsTo(mailDir, email)[0]!);
    const { id } = await idOf(email);

    // Right after the first mail: not yet, and nothing is sent.
    expect(await resendInvite(undefined, form({ org: a.slug, id }))).toMatchObject({
      ok: false,
      error: "team.pending.mailWait",
      errorValues: { minutes: 10 },
    });
    expect(mailsTo(mailDir, email)).toHaveLength(1);
    expect((await invitationLanding(tokenOf(first)))?.state).toBe("open");

    await age(id, 11);
    expect(await resendInvite(undefined, form({ org: a.slug, id }))).toMatchObject({ ok: true, data: { email } });
    const mails = mailsTo(mailDir, email);
    expect(mails).toHaveLength(2);
    expect(mails[1]!.subject).toBe(`${ownerName} invites you to ${a.org.name} on Målbar`);
    const second = linkIn(mails[1]!);
    expect(second).not.toBe(first);
    expect(await invitationLanding(tokenOf(first))).toBeUndefined();
    expect(await invitationLanding(tokenOf(second))).toMatchObject({ state: "open", orgName: a.org.name });
    const resent = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "invitation.resent"), eq(auditEvents.targetId, id)));
    expect(resent.map((e) => ({ actor: e.actorId, data: e.data }))).toEqual([{ actor: a.ownerId, data: { role: "member", locale: "en" } }]);
  });

  it("stops after five mails a day", async () => {
    const email = address();
    await inviteMember(undefined, form({ org: a.slug, role: "member", email, days: "7" }));
    const { id } = await idOf(email);
    for (let i = 0; i < 4; i++) {
      await age(id, 11);
      expect(await resendInvite(undefined, form({ org: a.slug, id })), `resend ${i + 1}`).toMatchObject({ ok: true });
    }
    await age(id, 60);
    // Five mails in the last hour: the first leaves the day's window in 23 hours.
    expect(await resendInvite(undefined, form({ org: a.slug, id }))).toMatchObject({
      ok: false,
      error: "team.pending.mailWait",
      errorValues: { minutes: 23 * 60 },
    });
    expect(mailsTo(mailDir, email)).toHaveLength(5);
  });

  it("refuses an invitation without an address, a withdrawn one, and another organization's like a made-up id", async () => {
    expect(await inviteMember(undefined, form({ org: a.slug, role: "member", email: "", days: "7" }))).toMatchObject({ ok: true });
    const [{ id: openId }] = (await getDb()
      .select({ id: invitations.id })
      .from(invitations)
      .where(and(eq(invitations.orgId, a.org.id), isNull(invitations.email)))
      .orderBy(desc(invitations.createdAt))
      .limit(1)) as [{ id: string }];
    const email = address();
    await inviteMember(undefined, form({ org: a.slug, role: "member", email, days: "7" }));
    const { id } = await idOf(email);
    await age(id, 11);
    const missing = await resendInvite(undefined, form({ org: a.slug, id: crypto.randomUUID() }));
    expect(missing).toMatchObject({ ok: false, error: "errors.notFound" });
    const strip = (r: unknown) => ({ ...(r as object), values: undefined });
    expect(strip(await resendInvite(undefined, form({ org: a.slug, id: openId })))).toEqual(strip(missing));

    as(b.ownerId);
    expect(strip(await resendInvite(undefined, form({ org: b.slug, id })))).toEqual(strip(missing));
    expect(await resendInvite(undefined, form({ org: a.slug, id }))).toMatchObject({ ok: false, error: "errors.notFound" });
    as(a.managerId);
    expect(await resendInvite(undefined, form({ org: a.slug, id }))).toMatchObject({ ok: false, error: "errors.forbidden" });
    expect(mailsTo(mailDir, email)).toHaveLength(1);

    as(a.ownerId);
    expect(await revokeInvite(undefined, form({ org: a.slug, id }))).toMatchObject({ ok: true });
    expect(strip(await resendInvite(undefined, form({ org: a.slug, id })))).toEqual(strip(missing));
    expect(mailsTo(mailDir, email)).toHaveLength(1);
  });
});

describe("the link's page", () => {
  it("says a withdrawn invitation was withdrawn, naming the organization", async () => {
    const email = address();
    await inviteMember(undefined, form({ org: a.slug, role: "member", email, days: "7" }));
    const link = linkIn(mailsTo(mailDir, email)[0]!);
    await revokeInvite(undefined, form({ org: a.slug, id: (await idOf(email)).id }));
    expect(await invitationLanding(tokenOf(link))).toEqual({ state: "revoked", orgName: a.org.name });
  });

  it("says an expired invitation expired, and knows no made-up link", async () => {
    const email = address();
    await inviteMember(undefined, form({ org: a.slug, role: "member", email, days: "1" }));
    const link = linkIn(mailsTo(mailDir, email)[0]!);
    await getDb()
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(invitations.email, email));
    expect(await invitationLanding(tokenOf(link))).toEqual({ state: "expired", orgName: a.org.name });
    expect(await invitationLanding("finnes-ikke")).toBeUndefined();
  });
});
