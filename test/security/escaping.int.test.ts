import { beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute } from "@/test/security/calls";
import { renderPage } from "@/test/security/render-page";
import { signInAs } from "@/test/security/session-double";
import { seedSide, type Side } from "@/test/security/world";

vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));
vi.mock("next-intl/server", () => import("@/test/security/intl-double"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/**
 * Text people type is rendered as text everywhere: an organization whose every
 * title, note, name and item carries markup, rendered through the real pages
 * (server components, then the client components below them, to HTML as the
 * server sends it) and through the Markdown download. No tag of theirs may
 * come out as a tag.
 */
const MARKUP = `<img src=x onerror=alert(1)><script>alert(2)</script>`;
const ESCAPED = `&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;`;
let x: Side;

/** The markup must come out escaped, at least `times` times, and never as an element. */
function expectInert(html: string, times: number) {
  expect(html.split(ESCAPED).length - 1, "escaped occurrences").toBeGreaterThanOrEqual(times);
  expect(html).not.toMatch(/<img[^>]*onerror/i);
  expect(html).not.toContain("<script>alert");
  expect(html).not.toMatch(/<script[^>]*>[^<]*alert\(/);
}

beforeAll(async () => {
  x = await seedSide("X", ` ${MARKUP}`);
});

describe("text people type is rendered escaped", () => {
  it("on the goal page (title, description, objective, owner, recent values)", async () => {
    expectInert(await renderPage("app/[org]/goals/[id]/page.tsx", { org: x.slug, id: x.goalId }, x.ownerId), 6);
  });

  it("on the meeting page (title, notes, action items, attendees, goal titles)", async () => {
    expectInert(await renderPage("app/[org]/reviews/[id]/page.tsx", { org: x.slug, id: x.openMeetingId }, x.managerId), 10);
  });

  it("on the minutes page", async () => {
    expectInert(await renderPage("app/[org]/reviews/[id]/minutes/page.tsx", { org: x.slug, id: x.closedMeetingId }, x.managerId), 8);
  });

  it("on the notifications page", async () => {
    expectInert(await renderPage("app/[org]/notifications/page.tsx", { org: x.slug }, x.memberId), 2);
  });

  it("in the Markdown download of the minutes, where HTML is escaped for any Markdown reader", async () => {
    signInAs(x.memberId);
    const { GET } = (await import("@/app/api/orgs/[org]/reviews/[id]/minutes/route")) as { GET: unknown };
    const answer = await callRoute(GET, {
      method: "GET",
      url: `http://localhost/api/orgs/${x.slug}/reviews/${x.closedMeetingId}/minutes`,
      params: { org: x.slug, id: x.closedMeetingId },
    });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe("text/markdown; charset=utf-8");
    // Every < and > of theirs is backslash-escaped: CommonMark shows it as text, no reader makes an element of it.
    expect(answer.body).toContain(String.raw`\<img src=x onerror=alert(1)\>\<script\>alert(2)\</script\>`);
    expect(answer.body).not.toMatch(/(^|[^\\])<(img|script)/);
  });
});
