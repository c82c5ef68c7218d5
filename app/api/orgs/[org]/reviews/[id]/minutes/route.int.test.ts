import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { addActionItem, addNote } from "@/lib/data/reviews";
import { closeMeeting } from "@/lib/data/reviews";
import { decideGoal } from "@/lib/data/reviews";
import { scheduleMeeting, startMeeting } from "@/lib/data/reviews";
import { addActiveGoals, makeTeam } from "@/test/fixtures";

// The signed session cookie is the only thing not real here: which person is
// calling. Membership and role are then read from the real database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));

const { GET } = await import("./route");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let closedId: string;
let openId: string;

// The fixtures' goals run from 26 Aug 2026 to 26 Feb 2027, measured up to this day.
const today = "2026-11-26";
const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const minutes = (slug: string, id: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost/api/orgs/${slug}/reviews/${id}/minutes`, { headers }), { params: Promise.resolve({ org: slug, id }) });
// Intl uses no-break spaces; compare with ordinary ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  // Increase goals only, so a lower target is a valid adjustment.
  const [wedding, visits] = (await addActiveGoals(a, 4, today)).filter((g) => g.direction === "increase").map((g) => g.id);
  const manager = { orgId: a.org.id, userId: a.managerId, role: "manager" as const };
  const member = { orgId: a.org.id, userId: a.memberId, role: "member" as const };

  closedId = await scheduleMeeting(manager, { title: "Månedsmøte november", scheduledFor: today, attendeeIds: [a.ownerId, a.memberId] });
  await startMeeting(manager, closedId);
  await decideGoal(
    manager,
    closedId,
    {
      goalId: wedding!,
      assessment: "off_track",
      decision: "adjust",
      targetValue: 120,
      deadline: "2027-06-14",
      reason: "Sesongen er kortere enn vi trodde",
    },
    today,
  );
  await decideGoal(manager, closedId, { goalId: visits!, assessment: "on_track", decision: "keep", reason: "" }, today);
  await addNote(member, closedId, wedding!, "Bryllupssesongen er over.\n# Ikke en overskrift\n[lenke](https://evil.example)");
  await addActionItem(member, {
    meetingId: closedId,
    goalId: wedding!,
    title: "Lage vårkampanje",
    ownerId: a.memberId,
    dueOn: "2026-12-15",
  });
  await addActionItem(manager, { meetingId: closedId, goalId: null, title: "Sende referatet", ownerId: a.ownerId, dueOn: null });
  await closeMeeting(manager, closedId, today);

  openId = await scheduleMeeting(manager, { title: "Ekstramøte", scheduledFor: "2026-12-03", attendeeIds: [] });
});
beforeEach(() => as(null));

describe("GET /api/orgs/[org]/reviews/[id]/minutes", () => {
  it("downloads a closed meeting's minutes as Markdown in bokmål: attendees, decisions, the adjustment and why, notes, action items", async () => {
    as(a.memberId);
    const response = await minutes(a.slug, closedId, { "accept-language": "nb-NO,nb;q=0.9" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="manedsmote-november-2026-11-26-referat.md"`);
    const md = plain(await response.text());
    expect(md).toMatch(/^# Referat: Månedsmøte november\n/);
    expect(md).not.toContain("Utkast");
    expect(md).toMatch(/- \*\*Status:\*\* Avsluttet \d+\. \w+\. \d{4} av manager test\n/);
    expect(md).toContain("## Til stede\n\n- Eier Test\n- member test\n");
    expect(md).toContain("- **Teamets vurdering:** Henger etter\n- **Beslutning:** Justere målet (besluttet av manager test)\n");
    expect(md).toContain(
      "- Målverdi 130 → 120, frist 26. feb. 2027 → 14. juni 2027 — begrunnelse: Sesongen er kortere enn vi trodde (manager test, ",
    );
    expect(md).toContain("- **Beslutning:** Beholde målet (besluttet av manager test)\n");
    // The note keeps its line breaks, and its Markdown stays text.
    expect(md).toMatch(
      /- \*\*member test\*\* \([^)]+\): Bryllupssesongen er over\. {2}\n {2}\\# Ikke en overskrift {2}\n {2}\\\[lenke\\\]\(https:\/\/evil\.example\)\n/,
    );
    expect(md).toContain("- [ ] Lage vårkampanje — ansvarlig: member test, frist 15. des. 2026\n");
    expect(md).toContain("### Øvrige oppgaver\n\n- [ ] Sende referatet — ansvarlig: Eier Test\n");
  });

  it("lists a closed meeting's goals in the agenda's order: off track first, then by title", async () => {
    as(a.memberId);
    const md = plain(await (await minutes(a.slug, closedId)).text());
    // The agenda's order (lib/data/reviews/review-agenda.ts); each status is followed by the verdict's reason.
    const order = ["Bak skjema", "Usikker", "Mangler tall", "For tidlig å si", "I rute", "Nådd"];
    const listed = [...md.matchAll(/### (Flere kunder, mål \d)\n\n- \*\*Tempo:\*\* ([^\n—]+?) — ([^\n]+)/g)].map((m) => ({
      title: m[1]!,
      pace: order.indexOf(m[2]!),
      reason: m[3]!,
    }));
    expect(listed).toHaveLength(4);
    expect(listed.every((g) => g.reason.endsWith("."))).toBe(true);
    expect(listed.every((g) => g.pace >= 0)).toBe(true);
    const sorted = [...listed].sort((x, y) => x.pace - y.pace || x.title.localeCompare(y.title));
    expect(listed).toEqual(sorted);
  });

  it("answers in English for a person who chose English, whatever the browser says", async () => {
    as(a.ownerId);
    const response = await minutes(a.slug, closedId, { cookie: "NEXT_LOCALE=en", "accept-language": "nb-NO" });
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="manedsmote-november-2026-11-26-minutes.md"`);
    const md = plain(await response.text());
    expect(md).toMatch(/^# Minutes: Månedsmøte november\n/);
    expect(md).toContain("## Attendees\n\n- Eier Test\n- member test\n");
    expect(md).toContain(
      "- Target 130 → 120, deadline 26 Feb 2027 → 14 Jun 2027 — reason: Sesongen er kortere enn vi trodde (manager test, ",
    );
    expect(md).toContain("- [ ] Lage vårkampanje — owner: member test, due 15 Dec 2026\n");
  });

  it("marks an open meeting's minutes as a draft and says what is still empty", async () => {
    as(a.memberId);
    const md = plain(await (await minutes(a.slug, openId)).text());
    expect(md).toContain("> **Utkast:** Møtet er ikke avsluttet ennå");
    expect(md).toContain("- **Status:** Ikke avsluttet (utkast)\n");
    expect(md).toContain("## Til stede\n\nIngen deltakere er registrert.\n");
    // The open meeting's agenda is every active goal, as it stands today.
    expect(md).toContain("### Flere kunder, mål 1\n");
    // Its minutes hold its own action items only, not the earlier meeting's unfinished ones.
    expect(md).toContain("### Øvrige oppgaver\n\nIngen øvrige oppgaver.\n");
  });

  it("answers another organization's meeting, a random id and a malformed id with the same 404", async () => {
    as(b.ownerId);
    const foreign = await minutes(b.slug, closedId);
    const missing = await minutes(b.slug, randomUUID());
    const malformed = await minutes(b.slug, "not-a-uuid");
    expect([foreign.status, missing.status, malformed.status]).toEqual([404, 404, 404]);
    const body: unknown = await missing.json();
    expect(await foreign.json()).toEqual(body);
    expect(await malformed.json()).toEqual(body);
    // A's slug with B's owner: not a member, the same 404.
    const notMember = await minutes(a.slug, closedId);
    expect(notMember.status).toBe(404);
    expect(await notMember.json()).toEqual(body);
  });

  it("refuses an anonymous caller", async () => {
    as(null);
    const response = await minutes(a.slug, closedId);
    expect(response.status).toBe(401);
    expect(await response.text()).not.toContain("Månedsmøte");
  });
});
