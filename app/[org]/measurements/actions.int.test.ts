import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { kpiSnapshots } from "@/db/schema";
import { channelCatalog } from "@/lib/data/benchmarks";
import { form, makeTeam } from "@/test/fixtures";

const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { recordBulkAction, recordMeasurementAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let web: { channelId: string; visits: string; conversion: string };
const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const rowsOf = (t: Team) => getDb().select().from(kpiSnapshots).where(eq(kpiSnapshots.orgId, t.org.id));

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const site = (await channelCatalog({ orgId: a.org.id, userId: a.ownerId, role: "owner" })).find((c) => c.key === "website")!;
  web = {
    channelId: site.id,
    visits: site.metrics.find((m) => m.key === "organic_visits")!.id,
    conversion: site.metrics.find((m) => m.key === "conversion_rate")!.id,
  };
});
beforeEach(() => as(null));

describe("measurement actions", () => {
  it("lets a member record a value with a decimal comma", async () => {
    as(a.memberId);
    const result = await recordMeasurementAction(
      undefined,
      form({ org: a.slug, channelId: web.channelId, metricId: web.conversion, date: "2026-11-02", value: "2,5" }),
    );
    // The answer carries the series' latest values for the entry's list (the page itself is refreshed by the browser).
    expect(result).toEqual({
      ok: true,
      data: { created: 1, corrected: 0, unchanged: 0, date: "2026-11-02", recent: [{ date: "2026-11-02", value: 2.5 }] },
    });
    expect((await rowsOf(a)).map((r) => [r.value, r.recordedBy])).toEqual([[2.5, a.memberId]]);
  });

  it("refuses anonymous callers and other organizations, and writes nothing", async () => {
    const before = await rowsOf(a);
    const input = form({ org: a.slug, channelId: web.channelId, metricId: web.visits, date: "2026-11-02", value: "10" });
    expect(await recordMeasurementAction(undefined, input)).toMatchObject({ ok: false, error: "errors.unauthenticated" });
    as(b.ownerId);
    expect(await recordMeasurementAction(undefined, input)).toMatchObject({ ok: false, error: "errors.notFound" });
    expect(await rowsOf(a)).toEqual(before);
  });

  it("puts a single value's problem next to its field", async () => {
    as(a.memberId);
    const future = await recordMeasurementAction(
      undefined,
      form({ org: a.slug, channelId: web.channelId, metricId: web.visits, date: "2099-01-01", value: "10" }),
    );
    expect(future).toMatchObject({ ok: false, fieldErrors: { date: ["measurements.errors.futureDate"] } });
    const notANumber = await recordMeasurementAction(
      undefined,
      form({ org: a.slug, channelId: web.channelId, metricId: web.visits, date: "2026-11-02", value: "ti" }),
    );
    expect(notANumber).toMatchObject({ ok: false, fieldErrors: { value: ["validation.number"] } });
  });

  it("saves a grid in one transaction, or nothing when a cell is bad", async () => {
    as(a.memberId);
    const before = await rowsOf(a);
    const bad = await recordBulkAction(
      undefined,
      form({
        org: a.slug,
        channelId: web.channelId,
        cells: JSON.stringify([
          { metricId: web.visits, date: "2026-11-09", value: 1200 },
          { metricId: web.visits, date: "2099-11-16", value: 1250 },
        ]),
      }),
    );
    expect(bad).toMatchObject({ ok: false, fieldErrors: { "items.1.date": ["measurements.errors.futureDate"] } });
    expect(await rowsOf(a)).toEqual(before);
    const good = await recordBulkAction(
      undefined,
      form({
        org: a.slug,
        channelId: web.channelId,
        cells: JSON.stringify([
          { metricId: web.visits, date: "2026-11-09", value: 1200 },
          { metricId: web.conversion, date: "2026-11-02", value: 2.7 },
        ]),
      }),
    );
    expect(good).toEqual({ ok: true, data: { created: 1, corrected: 1, unchanged: 0 } });
  });
});
