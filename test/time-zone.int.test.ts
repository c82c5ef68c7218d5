import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { kpiSnapshots, organizations, reviewMeetings, reviewNotes } from "@/db/schema/index";
import { callRoute } from "@/test/security/calls";
import { renderPage } from "@/test/security/render-page";
import { signInAs } from "@/test/security/session-double";
import { seedSide, type Side } from "@/test/security/world";

vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));
vi.mock("next-intl/server", () => import("@/test/security/intl-double"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/**
 * Moments are shown in the organization's time zone. 23:30 UTC on 26 November
 * is 00:30 on 27 November in Oslo: a note written then, a meeting closed then
 * and a value recorded then read 27 November in an Oslo organization and
 * 26 November in one whose time zone is UTC, whatever the server's clock says.
 */
const MOMENT = new Date("2026-11-26T23:30:00Z");
let x: Side;

async function setZone(timeZone: string) {
  await getDb().update(organizations).set({ timeZone }).where(eq(organizations.id, x.orgId));
}

async function minutesMarkdown(): Promise<string> {
  signInAs(x.memberId);
  const { GET } = (await import("@/app/api/orgs/[org]/reviews/[id]/minutes/route")) as { GET: unknown };
  const answer = await callRoute(GET, {
    method: "GET",
    url: `http://localhost/api/orgs/${x.slug}/reviews/${x.closedMeetingId}/minutes`,
    params: { org: x.slug, id: x.closedMeetingId },
  });
  expect(answer.status).toBe(200);
  return answer.body;
}

// Intl separates some parts with no-break spaces; compare with ordinary ones.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

beforeAll(async () => {
  x = await seedSide("TZ");
  const db = getDb();
  await db.update(reviewMeetings).set({ closedAt: MOMENT }).where(eq(reviewMeetings.id, x.closedMeetingId));
  await db.update(reviewNotes).set({ createdAt: MOMENT }).where(eq(reviewNotes.meetingId, x.closedMeetingId));
  await db
    .update(kpiSnapshots)
    .set({ recordedAt: MOMENT })
    .where(eq(kpiSnapshots.id, Number(x.measurementId)));
});

describe("moments in the organization's time zone", () => {
  it("in Oslo: the minutes page, its Markdown and the measurement's history say 27 November, 00:30", async () => {
    await setZone("Europe/Oslo");
    const minutes = plain(await renderPage("app/[org]/reviews/[id]/minutes/page.tsx", { org: x.slug, id: x.closedMeetingId }, x.memberId));
    expect(minutes).toContain("27. nov. 2026, 00:30");
    expect(minutes).not.toContain("23:30");

    const markdown = plain(await minutesMarkdown());
    expect(markdown).toContain("(27. nov. 2026, 00:30)");
    expect(markdown).toContain("27. nov. 2026");
    expect(markdown).not.toContain("26. nov. 2026");

    const history = plain(
      await renderPage("app/[org]/measurements/history/[id]/page.tsx", { org: x.slug, id: x.measurementId }, x.ownerId),
    );
    expect(history).toContain("27. nov. 2026, 00:30");
    expect(history).not.toContain("26. nov. 2026, 23:30");
  });

  it("in UTC: the same moments say 26 November, 23:30", async () => {
    await setZone("UTC");
    const minutes = plain(await renderPage("app/[org]/reviews/[id]/minutes/page.tsx", { org: x.slug, id: x.closedMeetingId }, x.memberId));
    expect(minutes).toContain("26. nov. 2026, 23:30");
    expect(minutes).not.toContain("27. nov. 2026");

    const markdown = plain(await minutesMarkdown());
    expect(markdown).toContain("(26. nov. 2026, 23:30)");
    expect(markdown).not.toContain("27. nov. 2026");

    const history = plain(
      await renderPage("app/[org]/measurements/history/[id]/page.tsx", { org: x.slug, id: x.measurementId }, x.ownerId),
    );
    expect(history).toContain("26. nov. 2026, 23:30");
    expect(history).not.toContain("27. nov. 2026, 00:30");
  });
});
