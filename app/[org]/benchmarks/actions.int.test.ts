import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, benchmarks } from "@/db/schema";
import { benchmarkTable } from "@/lib/data/benchmarks";
import { channelCatalog } from "@/lib/data/benchmarks";
import { form, makeTeam } from "@/test/fixtures";

// The signed session cookie is the only thing not real here: which person is
// calling. Membership and role are then read from the real database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { resetBenchmarkAction, updateBenchmarkAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let facebook: string;

const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const values = (t: Team, extra: Record<string, string> = {}) =>
  form({
    org: t.slug,
    metricId: facebook,
    upliftPct: "17,5",
    typicalGoalNb: "Mer engasjement",
    typicalGoalEn: "More engagement",
    source: "Egne tall 2025",
    ...extra,
  });

async function snapshot(t: Team) {
  const db = getDb();
  return {
    own: await db.select().from(benchmarks).where(eq(benchmarks.orgId, t.org.id)),
    audit: await db.$count(auditEvents, eq(auditEvents.orgId, t.org.id)),
  };
}
const facebookOf = async (t: Team) =>
  (await benchmarkTable({ orgId: t.org.id, userId: t.ownerId, role: "owner" })).find((r) => r.metricId === facebook)!;

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  // Facebook followers: the channel's main metric, with the article's 15 %.
  const fb = (await channelCatalog({ orgId: a.org.id, userId: a.ownerId, role: "owner" })).find((c) => c.key === "facebook")!;
  facebook = fb.metrics.find((m) => m.key === "followers")!.id;
});
beforeEach(() => as(null));

describe("benchmark actions refuse callers below manager or outside the organization", () => {
  it.each([
    ["anonymous", () => null, "errors.unauthenticated"],
    ["a member", () => a.memberId, "errors.forbidden"],
    // Organization B's owner with organization A's slug: the same answer as a slug that doesn't exist.
    ["another organization's owner", () => b.ownerId, "errors.notFound"],
  ])("%s is refused and nothing changes", async (_who, caller, error) => {
    // An override to reset, so a reset that slipped through would show.
    as(a.ownerId);
    expect(await updateBenchmarkAction(undefined, values(a))).toEqual({ ok: true, data: undefined });
    const before = await snapshot(a);
    as(caller());
    expect(await updateBenchmarkAction(undefined, values(a, { upliftPct: "40" }))).toMatchObject({ ok: false, error });
    expect(await resetBenchmarkAction(undefined, form({ org: a.slug, metricId: facebook }))).toMatchObject({ ok: false, error });
    expect(await snapshot(a)).toEqual(before);
    expect(await facebookOf(a)).toMatchObject({ upliftPct: 17.5, overridden: true });
  });
});

describe("a manager edits and resets a benchmark", () => {
  it("saves a decimal comma and resets to the article's default", async () => {
    as(a.managerId);
    expect(await updateBenchmarkAction(undefined, values(a, { upliftPct: " 22,5 " }))).toEqual({ ok: true, data: undefined });
    expect(await facebookOf(a)).toMatchObject({
      upliftPct: 22.5,
      typicalGoalEn: "More engagement",
      source: "Egne tall 2025",
      overridden: true,
    });
    expect(await facebookOf(b)).toMatchObject({ upliftPct: 15, overridden: false });

    expect(await resetBenchmarkAction(undefined, form({ org: a.slug, metricId: facebook }))).toEqual({ ok: true, data: { reset: true } });
    expect(await facebookOf(a)).toMatchObject({ upliftPct: 15, overridden: false });
  });

  it("answers a metric of no organization's catalogue as not found", async () => {
    as(a.managerId);
    const result = await updateBenchmarkAction(undefined, values(a, { metricId: "00000000-0000-4000-8000-000000000000" }));
    expect(result).toMatchObject({ ok: false, error: "errors.notFound" });
  });

  it("shows bad input next to the fields and writes nothing", async () => {
    as(a.managerId);
    const before = await snapshot(a);
    const result = await updateBenchmarkAction(
      undefined,
      values(a, { upliftPct: "mye", typicalGoalNb: "", source: "x".repeat(301), metricId: "facebook" }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: "errors.validation",
      fieldErrors: {
        metricId: ["benchmarks.edit.chooseMetric"],
        upliftPct: ["validation.number"],
        typicalGoalNb: ["validation.required"],
        source: ["validation.tooLong"],
      },
      values: { upliftPct: "mye" },
    });
    expect(await updateBenchmarkAction(undefined, values(a, { upliftPct: "1200" }))).toMatchObject({
      fieldErrors: { upliftPct: ["benchmarks.errors.upliftRange"] },
    });
    expect(await updateBenchmarkAction(undefined, values(a, { upliftPct: "" }))).toMatchObject({
      fieldErrors: { upliftPct: ["validation.number"] },
    });
    expect(await updateBenchmarkAction(undefined, values(a, { source: "  " }))).toMatchObject({
      fieldErrors: { source: ["validation.required"] },
    });
    expect(await snapshot(a)).toEqual(before);
  });
});
