import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { kpiSnapshotHistory, kpiSnapshots } from "@/db/schema";
import { changeRole, createApiToken, revokeApiToken } from "@/lib/data/team";
import { addCustomMetric, channelCatalog } from "@/lib/data/benchmarks";
import { addDays } from "@/lib/domain/dates";
import { todayIn } from "@/lib/format";
import { makeTeam } from "@/test/fixtures";

// The token is the only credential: reading the session cookie would be a bug.
vi.mock("@/lib/auth/session", () => ({
  sessionClaims: () => Promise.reject(new Error("the ingestion API must not read the session")),
}));

const { GET, POST } = await import("./route");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
let tokenA: string;
let tokenB: string;
let bCustomKey: string;
const today = todayIn("Europe/Oslo");
const day = (n: number) => addDays(today, -n)!;
const URL_BASE = "http://localhost/api/v1/measurements";
const ctx = (t: Team, userId = t.ownerId) => ({ orgId: t.org.id, userId, role: "owner" as const });

function post(token: string | null, body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new Request(URL_BASE, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}
function get(token: string | null, query: string, headers: Record<string, string> = {}) {
  return GET(new Request(`${URL_BASE}?${query}`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers } }));
}
const rowsOf = (t: Team) => getDb().select().from(kpiSnapshots).where(eq(kpiSnapshots.orgId, t.org.id));
const ig = (date: string, value: unknown, extra: Record<string, unknown> = {}) => ({
  channel: "instagram",
  metric: "followers",
  date,
  value,
  ...extra,
});

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  tokenA = (await createApiToken(ctx(a, a.managerId), "A-integrasjon")).token;
  tokenB = (await createApiToken(ctx(b), "B-integrasjon")).token;
  const instagram = (await channelCatalog(ctx(b))).find((c) => c.key === "instagram")!;
  await addCustomMetric(getDb(), ctx(b), { channelId: instagram.id, name: "Bs hemmelige tall", unit: "count", direction: "increase" });
  bCustomKey = (await channelCatalog(ctx(b))).find((c) => c.key === "instagram")!.metrics.find((m) => m.custom)!.key;
});

describe("without a valid token", () => {
  it.each([
    ["no header", {}],
    ["another scheme", { authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }],
    ["a malformed token", { authorization: "Bearer mb_short" }],
    ["an unknown token", { authorization: `Bearer mb_${"A".repeat(43)}` }],
    ["a session cookie", { cookie: "authjs.session-token=whatever" }],
  ])("%s: 401 with WWW-Authenticate, nothing written", async (_case, headers) => {
    const res = await POST(new Request(URL_BASE, { method: "POST", headers, body: JSON.stringify(ig(day(1), 1)) }));
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await res.json()).toEqual({ error: "unauthorized" });
    expect((await GET(new Request(`${URL_BASE}?channel=instagram&metric=followers`, { headers }))).status).toBe(401);
    expect(await rowsOf(a)).toEqual([]);
  });

  it("a revoked token gets 401 at once", async () => {
    const { token, id } = await createApiToken(ctx(a), "Snart borte");
    expect((await get(token, "channel=instagram&metric=followers")).status).toBe(200);
    await revokeApiToken(ctx(a), id);
    const res = await post(token, ig(day(1), 5));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "unauthorized" });
    expect((await get(token, "channel=instagram&metric=followers")).status).toBe(401);
    expect(await rowsOf(a)).toEqual([]);
  });

  it("a token follows its creator's current role: a manager demoted to member gets 401 on POST and GET", async () => {
    const team = await makeTeam();
    const { token } = await createApiToken(ctx(team, team.managerId), "Lederens integrasjon");
    expect((await post(token, ig(day(2), 7))).status).toBe(201);
    await changeRole(ctx(team), team.managerId, "member");
    const res = await post(token, ig(day(1), 8));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "unauthorized" });
    expect((await get(token, "channel=instagram&metric=followers")).status).toBe(401);
    expect((await rowsOf(team)).map((r) => r.value)).toEqual([7]);
    // Made manager again, the same token works again (it was never revoked).
    await changeRole(ctx(team), team.managerId, "manager");
    expect((await get(token, "channel=instagram&metric=followers")).status).toBe(200);
  });
});

describe("POST", () => {
  it("records one object as source api, in the token creator's name", async () => {
    const res = await post(tokenA, ig(day(20), 1200, { note: "Fra nettbutikken" }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ created: 1, corrected: 0, unchanged: 0 });
    expect(await rowsOf(a)).toEqual([
      expect.objectContaining({ date: day(20), value: 1200, source: "api", note: "Fra nettbutikken", recordedBy: a.managerId }),
    ]);
  });

  it("counts an array's new, corrected and unchanged values, and a correction keeps the earlier value", async () => {
    await post(tokenA, [ig(day(10), 1300)]);
    const res = await post(tokenA, [ig(day(20), 1200), ig(day(10), 1310), ig(day(5), 1400), ig(day(4), 1410)]);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ created: 2, corrected: 1, unchanged: 1 });
    const [row] = await getDb()
      .select()
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.orgId, a.org.id), eq(kpiSnapshots.date, day(10))));
    expect(row?.value).toBe(1310);
    const history = await getDb().select().from(kpiSnapshotHistory).where(eq(kpiSnapshotHistory.snapshotId, row!.id));
    expect(history).toEqual([expect.objectContaining({ orgId: a.org.id, value: 1300, source: "api", replacedBy: a.managerId })]);
  });

  it("refuses the whole array when one item is bad, naming its index, and writes nothing", async () => {
    const before = await rowsOf(a);
    const res = await post(tokenA, [
      ig(day(3), 1),
      ig(day(2), "12"),
      ig(addDays(today, 1)!, 3),
      ig("2026-02-30", 4),
      { channel: "tiktok-x", metric: "followers", date: day(1), value: 1 },
      // Every problem of an item at once, not only the first.
      { channel: "instagram", metric: "finnes_ikke", date: addDays(today, 2), value: null, note: 5 },
      42,
    ]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "invalidItems",
      items: [
        { index: 1, field: "value", messageKey: "validation.number" },
        { index: 2, field: "date", messageKey: "measurements.errors.futureDate" },
        { index: 3, field: "date", messageKey: "validation.date" },
        { index: 4, field: "channel", messageKey: "measurements.api.errors.unknownChannel" },
        { index: 5, field: "date", messageKey: "measurements.errors.futureDate" },
        { index: 5, field: "value", messageKey: "validation.number" },
        { index: 5, field: "note", messageKey: "validation.invalid" },
        { index: 5, field: "metric", messageKey: "measurements.errors.unknownMetric" },
        { index: 6, field: "item", messageKey: "validation.invalid" },
      ],
    });
    expect(await rowsOf(a)).toEqual(before);
  });

  it("refuses a note with a lone UTF-16 surrogate and a date outside 2000–2100 with a reason, not a 500", async () => {
    const before = await rowsOf(a);
    // JSON's "\\ud800" escape parses to a lone surrogate, which PostgreSQL cannot store.
    const res = await post(
      tokenA,
      `[${JSON.stringify(ig(day(1), 1))},{"channel":"instagram","metric":"followers","date":"${day(2)}","value":2,"note":"kake \\ud800"},${JSON.stringify(ig("1999-12-31", 3))}]`,
    );
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "invalidItems",
      items: [
        { index: 1, field: "note", messageKey: "validation.malformedText" },
        { index: 2, field: "date", messageKey: "validation.dateRange" },
      ],
    });
    expect(await rowsOf(a)).toEqual(before);
    const read = await get(tokenA, "channel=instagram&metric=followers&from=1999-01-01");
    expect({ status: read.status, body: (await read.json()) as unknown }).toMatchObject({
      status: 400,
      body: { fields: [{ field: "from", messageKey: "validation.dateRange" }] },
    });
  });

  it("answers bad bodies with 400 or 413 and never a 500", async () => {
    const before = await rowsOf(a);
    const cases: [unknown, number, string][] = [
      ["{not json", 400, "invalidJson"],
      ["", 400, "invalidJson"],
      ["42", 400, "invalidBody"],
      ["null", 400, "invalidBody"],
      [[], 400, "noItems"],
      [Array.from({ length: 1001 }, (_, i) => ig(day(i + 1), i)), 400, "tooManyItems"],
      [JSON.stringify([ig(day(1), 1, { note: "x".repeat(1_100_000) })]), 413, "payloadTooLarge"],
    ];
    for (const [body, status, error] of cases) {
      const res = await post(tokenA, body);
      expect({ status: res.status, error: ((await res.json()) as { error: string }).error }).toEqual({ status, error });
    }
    // A length the client declares is enough to refuse before reading.
    expect((await post(tokenA, ig(day(1), 1), { "content-length": "2000000" })).status).toBe(413);
    expect(await rowsOf(a)).toEqual(before);
  });

  it("takes exactly 1,000 items", async () => {
    const res = await post(
      tokenB,
      Array.from({ length: 1000 }, (_, i) => ig(day(i + 1), i)),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ created: 1000, corrected: 0, unchanged: 0 });
  });
});

describe("one organization's token never reaches another's series", () => {
  it("A cannot write to B's own metric: 400, nothing written anywhere", async () => {
    const [beforeA, beforeB] = [await rowsOf(a), await rowsOf(b)];
    const res = await post(tokenA, [ig(day(1), 7), ig(day(1), 9, { metric: bCustomKey })]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: "invalidItems",
      items: [{ index: 1, field: "metric", messageKey: "measurements.errors.unknownMetric" }],
    });
    expect(await rowsOf(a)).toEqual(beforeA);
    expect(await rowsOf(b)).toEqual(beforeB);
  });

  it("A cannot read B's own metric: 404, like a metric that doesn't exist", async () => {
    const foreign = await get(tokenA, `channel=instagram&metric=${bCustomKey}`);
    const missing = await get(tokenA, "channel=instagram&metric=finnes_ikke");
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual(await missing.json());
    expect((await get(tokenB, `channel=instagram&metric=${bCustomKey}`)).status).toBe(200);
  });

  it("A's writes land only in A; each token reads its own organization's values", async () => {
    const beforeB = await rowsOf(b);
    expect((await post(tokenA, ig(day(1), 777))).status).toBe(201);
    expect(await rowsOf(b)).toEqual(beforeB);
    const readA = (await (await get(tokenA, `channel=instagram&metric=followers&from=${day(1)}&to=${day(1)}`)).json()) as {
      points: unknown[];
    };
    const readB = (await (await get(tokenB, `channel=instagram&metric=followers&from=${day(1)}&to=${day(1)}`)).json()) as {
      points: unknown[];
    };
    expect(readA.points).toEqual([{ date: day(1), value: 777, note: null }]);
    expect(readB.points).toEqual([{ date: day(1), value: 0, note: null }]);
  });
});

describe("GET", () => {
  it("returns the series of the last 365 days by default, oldest first", async () => {
    await post(tokenA, [ig(day(400), 900), ig(day(365), 950)]);
    const res = await get(tokenA, "channel=instagram&metric=followers");
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      channel: string;
      metric: string;
      unit: string;
      points: { date: string; value: number; note: string | null }[];
    };
    expect(body).toMatchObject({ channel: "instagram", metric: "followers", unit: "count" });
    expect(body.points[0]).toEqual({ date: day(365), value: 950, note: null });
    expect(body.points.map((p) => p.date)).toEqual([...body.points.map((p) => p.date)].sort());
    expect(body.points).toContainEqual({ date: day(20), value: 1200, note: "Fra nettbutikken" });
    const older = (await (await get(tokenA, `channel=instagram&metric=followers&from=${day(400)}&to=${day(300)}`)).json()) as typeof body;
    expect(older.points).toEqual([
      { date: day(400), value: 900, note: null },
      { date: day(365), value: 950, note: null },
    ]);
  });

  it.each([
    ["channel=instagram", "metric"],
    ["channel=instagram&metric=followers&from=2026-13-01", "from"],
    ["channel=instagram&metric=followers&to=yesterday", "to"],
    [`channel=instagram&metric=followers&from=${day(1)}&to=${day(2)}`, "from"],
    [`channel=instagram&metric=followers&from=${addDays(today, -5 * 366)}`, "from"],
  ])("?%s is a 400 naming %s", async (query, field) => {
    const res = await get(tokenA, query);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; fields: { field: string }[] };
    expect(body.error).toBe("invalidQuery");
    expect(body.fields.map((f) => f.field)).toContain(field);
  });

  it("answers an unknown channel with 404", async () => {
    const res = await get(tokenA, "channel=myspace&metric=followers");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "notFound" });
  });
});
