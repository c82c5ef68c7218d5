import { renderToStaticMarkup } from "react-dom/server";
import { resolveServerTree } from "@/test/security/server-tree";
import { createTranslator } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { recordMeasurements } from "@/lib/data/measurements";
import { channelCatalog } from "@/lib/data/benchmarks";
import { changeRole } from "@/lib/data/team";
import { makeTeam } from "@/test/fixtures";
import en from "@/messages/en.json";
import nb from "@/messages/nb.json";

// The page as the owner's browser gets it, read from the real database; only
// who is signed in, and the request's locale, are stood in for.
type Session = { claims: { uid: string; sv: number } | null; locale: "nb" | "en" };
const session = vi.hoisted((): Session => ({ claims: null, locale: "nb" }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next-intl/server", () => ({
  getLocale: () => Promise.resolve(session.locale),
  getMessages: () => Promise.resolve(session.locale === "en" ? en : nb),
  getTranslations: (namespace: string) =>
    Promise.resolve(
      createTranslator({ locale: session.locale, messages: session.locale === "en" ? en : nb, namespace: namespace as "audit" }),
    ),
}));

const { default: AuditPage } = await import("./page");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;

async function render(team: Team, userId: string, search: Record<string, string> = {}, locale: "nb" | "en" = "nb"): Promise<string> {
  session.claims = { uid: userId, sv: 1 };
  session.locale = locale;
  const tree = await resolveServerTree(
    await AuditPage({ params: Promise.resolve({ org: team.slug }), searchParams: Promise.resolve(search) }),
  );
  return renderToStaticMarkup(tree);
}
/** Next's notFound() and forbidden() throw an error whose digest names the status. */
async function refusedWith(status: "403" | "404", promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(String((error as { digest?: string } | null)?.digest)).toMatch(new RegExp(`;${status}$`));
}

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const owner = { orgId: a.org.id, userId: a.ownerId, role: "owner" as const };
  await changeRole(owner, a.memberId, "manager");
  const web = (await channelCatalog(owner)).find((c) => c.key === "website")!;
  const visits = web.metrics.find((m) => m.key === "organic_visits")!;
  await recordMeasurements(
    { ...owner, userId: a.managerId, role: "manager" },
    [{ channelId: web.id, metricId: visits.id, date: "2026-11-02", value: 40 }],
    {
      source: "manual",
      today: "2026-11-26",
    },
  );
  await getDb()
    .insert(auditEvents)
    .values({ orgId: b.org.id, actorId: b.ownerId, action: "member.removed", targetType: "user", targetId: b.memberId });
});

describe("the audit page", () => {
  it("tells the owner each event as a sentence, newest first, in bokmål and in English", async () => {
    const html = await render(a, a.ownerId);
    expect(html).toContain("Eier Test endret rollen til member test fra ansatt til markedsansvarlig");
    expect(html).toContain("manager test registrerte 1 ny måling for hånd i Nettside / blogg · Organiske besøk 2. nov. 2026");
    expect(html.indexOf("registrerte 1 ny måling")).toBeLessThan(html.indexOf("endret rollen"));
    expect(html).toContain("Eier Test opprettet organisasjonen");
    const english = await render(a, a.ownerId, {}, "en");
    expect(english).toContain("Eier Test changed member test&#x27;s role from member to manager");
  });

  it("says \"no access\" (403) to the organization's manager and member, and is not there (404) for another organization's owner", async () => {
    session.locale = "nb";
    for (const [userId, status] of [
      [a.managerId, "403"],
      [a.memberId, "403"],
      [b.ownerId, "404"],
    ] as const) {
      session.claims = { uid: userId, sv: 1 };
      await refusedWith(
        status,
        AuditPage({ params: Promise.resolve({ org: a.slug }), searchParams: Promise.resolve({}) }).then(resolveServerTree),
      );
    }
  });

  it("filters by kind from the URL and keeps the filter in the form", async () => {
    const html = await render(a, a.ownerId, { kind: "measurements" });
    expect(html).toContain("registrerte 1 ny måling");
    expect(html).not.toContain("endret rollen");
    expect(html).toMatch(/<option value="measurements" selected="">/);
  });

  it("ignores invalid parameters with a message instead of failing", async () => {
    const html = await render(a, a.ownerId, {
      kind: "alt",
      person: "'; drop table audit_events; --",
      from: "2026-02-30",
      to: "i går",
      before: "x",
    });
    expect(html).toContain("Noen av filtrene var ugyldige og ble ikke brukt: type, person, fra dato, til dato, sidenummeret.");
    expect(html).toContain("endret rollen");
    const range = await render(a, a.ownerId, { from: "2026-11-30", to: "2026-11-01" });
    expect(range).toContain("datoperioden");
  });

  it("never shows another organization's events", async () => {
    const html = await render(a, a.ownerId, { person: b.ownerId });
    expect(html).toContain("Ingen hendelser passer med filtrene");
    expect(await render(a, a.ownerId)).not.toContain("fjernet");
  });
});
