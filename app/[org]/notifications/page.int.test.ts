import { type ComponentProps, createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { resolveServerTree } from "@/test/security/server-tree";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import { makeTeam } from "@/test/fixtures";
import nb from "@/messages/nb.json";

// Signed in as `session.claims`; the page reads the rest from the real database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", () => ({
  getLocale: () => Promise.resolve("nb"),
  getMessages: () => Promise.resolve(nb),
  getTranslations: (namespace: string) =>
    Promise.resolve(createTranslator({ locale: "nb", messages: nb, namespace: namespace as "notifications" })),
}));

const { default: NotificationsPage } = await import("./page");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let t: Team;

async function render(team: Team, userId: string): Promise<string> {
  session.claims = { uid: userId, sv: 1 };
  const tree = await resolveServerTree(await NotificationsPage({ params: Promise.resolve({ org: team.slug }) }));
  // The client components below the page read their messages from the provider, as in the app.
  const provider: ComponentProps<typeof NextIntlClientProvider> = { locale: "nb", messages: nb, timeZone: "Europe/Oslo", children: tree };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, provider));
}

beforeAll(async () => {
  t = await makeTeam();
  await getDb()
    .insert(notifications)
    .values([
      {
        orgId: t.org.id,
        userId: t.memberId,
        kind: "action_overdue",
        data: { itemId: crypto.randomUUID(), title: "Nye bilder", dueOn: "2026-11-20" },
        dedupeKey: "a",
      },
      {
        orgId: t.org.id,
        userId: t.memberId,
        kind: "stale_goal",
        data: { goalId: "0b7f3c2e-8a51-4d8e-9a55-3f1d2c4b5a60", title: "Bryllupskaker", lastMeasuredOn: "2026-10-23", days: 34 },
        dedupeKey: "b",
        readAt: new Date(),
      },
      { orgId: t.org.id, userId: t.memberId, kind: "review_due", data: { nextReviewOn: "2026-12-03", days: 2 }, dedupeKey: "c" },
      { orgId: t.org.id, userId: t.managerId, kind: "review_due", data: { nextReviewOn: "2026-12-03", days: 2 }, dedupeKey: "d" },
    ]);
});

describe("the notifications page", () => {
  it("tells each of the person's notifications in a sentence, with a link, and says which are unread", async () => {
    const html = await render(t, t.memberId);
    expect(html).toContain("Oppgaven «Nye bilder» skulle vært ferdig 20. nov. 2026");
    expect(html).toContain("Målet «Bryllupskaker» har ikke fått en måling på 34 dager");
    expect(html).toContain("Neste gjennomgang er om 2 dager (3. des. 2026)");
    expect(html).toContain(`href="/${t.slug}/goals/0b7f3c2e-8a51-4d8e-9a55-3f1d2c4b5a60"`);
    expect(html).toContain(`href="/${t.slug}/reviews"`);
    expect(html.match(/>Ulest</g)).toHaveLength(2);
    expect(html).toContain("2 uleste");
    expect(html).toContain("Merk alle som lest");
    expect(html).toMatch(/role="switch" aria-checked="true"/);
  });

  it("shows the empty state, with what will appear there, to a person without notifications", async () => {
    const html = await render(t, t.ownerId);
    expect(html).toContain("Ingen varsler ennå");
    expect(html).toContain("et mål du eier har stått 30 dager uten måling");
    expect(html).not.toContain("Merk alle som lest");
  });
});
