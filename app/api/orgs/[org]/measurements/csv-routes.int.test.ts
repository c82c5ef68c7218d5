import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { kpiSnapshots } from "@/db/schema";
import { makeTeam } from "@/test/fixtures";

// The signed session cookie is the only thing not real here: which person is
// calling. Membership and role are then read from the real database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));

const { POST } = await import("./import/route");
const { GET } = await import("./export/route");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const as = (userId: string | null) => {
  session.claims = userId ? { uid: userId, sv: 1 } : null;
};
const params = (slug: string) => ({ params: Promise.resolve({ org: slug }) });
const base = (slug: string, path: string) => `http://localhost/api/orgs/${slug}/measurements/${path}`;

const importFile = (slug: string, mode: string, body: BodyInit, headers: Record<string, string> = {}) =>
  POST(new Request(base(slug, `import?mode=${mode}`), { method: "POST", body, headers, duplex: "half" } as RequestInit), params(slug));
const exportFile = (slug: string, query = "") => GET(new Request(base(slug, `export${query}`)), params(slug));

/** The NDJSON lines of a commit's answer. */
async function lines(response: Response): Promise<Record<string, unknown>[]> {
  return (await response.text())
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
/** A 4xx JSON answer's message key and its reason for API callers. */
async function reasoned(response: Response): Promise<{ error: string; reason: string }> {
  const { error, reason } = (await response.json()) as { error: string; reason: string };
  return { error, reason };
}
const stored = (t: Team) => getDb().$count(kpiSnapshots, eq(kpiSnapshots.orgId, t.org.id));

const FILE = [
  // Followers are whole; the decimal comma is tested on the open rate and the revenue.
  "dato;kanal;måltall;verdi;notat",
  "01.10.2026;Instagram;Følgere;1 234;Høstkampanje",
  "02.10.2026;instagram;followers;1240;",
  '01.10.2026;email;open_rate;27,25;"=Ny; bedre emnelinje"',
  "03.10.2026;Salg og kunder;Omsetning;125000,75;",
].join("\r\n");

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
});
beforeEach(() => as(null));

describe("POST /api/orgs/[org]/measurements/import", () => {
  it("previews as JSON and commits as an NDJSON stream for a member", async () => {
    as(a.memberId);
    const preview = await importFile(a.slug, "preview", FILE);
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ rows: 4, valid: 4, problems: [], corrections: 0 });
    expect(await stored(a)).toBe(0);

    const commit = await importFile(a.slug, "commit", FILE);
    expect(commit.status).toBe(200);
    expect(commit.headers.get("content-type")).toContain("application/x-ndjson");
    expect(await lines(commit)).toEqual([
      { type: "progress", rows: 4 },
      { type: "done", rows: 4, created: 4, corrected: 0, unchanged: 0 },
    ]);
    expect(await stored(a)).toBe(4);
  });

  it("answers another organization's member exactly like a missing organization, and writes nothing", async () => {
    as(b.memberId);
    const before = await stored(a);
    for (const mode of ["preview", "commit"]) {
      const foreign = await importFile(a.slug, mode, FILE);
      const missing = await importFile("finnes-ikke", mode, FILE);
      expect(foreign.status).toBe(404);
      expect(await foreign.json()).toEqual(await missing.json());
    }
    expect(await exportFile(a.slug).then((r) => r.status)).toBe(404);
    expect(await stored(a)).toBe(before);
    expect(await stored(b)).toBe(0);
    as(null);
    expect(await importFile(a.slug, "commit", FILE).then((r) => r.status)).toBe(401);
  });

  it("streams an error naming the first bad line, and writes nothing", async () => {
    as(a.memberId);
    const before = await stored(a);
    const bad = `${FILE}\r\n04.10.2026;Instagram;Likes;3;\r\n05.10.2026;Instagram;Følgere;abc;`;
    const response = await importFile(a.slug, "commit", bad);
    expect(response.status).toBe(200);
    expect(await lines(response)).toEqual([
      {
        type: "error",
        line: 6,
        field: "metric",
        messageKey: "measurements.import.errors.unknownMetric",
        values: { value: "Likes", channel: "Instagram" },
      },
    ]);
    expect(await stored(a)).toBe(before);
  });

  it("refuses a bad request before streaming, and a file over 20 MB", async () => {
    as(a.memberId);
    const badMode = await importFile(a.slug, "write", FILE);
    expect(badMode.status).toBe(400);
    expect(await reasoned(badMode)).toEqual({ error: "measurements.import.errors.badMode", reason: "mode must be preview or commit" });

    const declared = await importFile(a.slug, "preview", FILE, { "content-length": String(21 * 1024 * 1024) });
    expect(declared.status).toBe(413);
    expect(await reasoned(declared)).toEqual({
      error: "measurements.import.errors.tooLarge",
      reason: "The file is larger than 20 MB; split it into smaller files.",
    });

    // No Content-Length (a chunked upload): counted as it streams.
    const endless = () => {
      let sent = 0;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          // Long notes keep the row count, and so the test, small.
          controller.enqueue(
            new TextEncoder().encode(
              sent++ === 0 ? "dato;kanal;måltall;verdi;notat\n" : `01.10.2026;instagram;followers;1;${"x".repeat(50_000)}\n`.repeat(20),
            ),
          );
        },
      });
    };
    const before = await stored(a);
    for (const mode of ["preview", "commit"]) expect((await importFile(a.slug, mode, endless())).status, mode).toBe(413);
    expect(await stored(a)).toBe(before);
  });

  it("refuses a body cut short of its Content-Length (as Next's proxy buffer cuts one) with 400, and writes nothing", async () => {
    as(a.memberId);
    const whole = new TextEncoder().encode(FILE);
    // The first three rows arrive whole, the fourth is cut: on its own it would import as valid rows.
    const cut = whole.slice(0, FILE.indexOf("\r\n03.10.2026") + 2);
    const before = await stored(a);
    for (const mode of ["preview", "commit"]) {
      const res = await importFile(a.slug, mode, cut, { "content-length": String(whole.byteLength) });
      expect(res.status, mode).toBe(400);
      expect(await reasoned(res)).toEqual({
        error: "measurements.import.errors.incomplete",
        reason: `Received ${cut.byteLength} of the ${whole.byteLength} bytes declared; nothing was imported. Send the file again.`,
      });
    }
    expect(await stored(a)).toBe(before);
    // The same file sent whole, with its true length, imports.
    expect((await importFile(a.slug, "preview", whole, { "content-length": String(whole.byteLength) })).status).toBe(200);
  });
});

describe("GET /api/orgs/[org]/measurements/export", () => {
  it("streams `;`-separated CSV with a decimal comma and a BOM, as an attachment", async () => {
    as(a.managerId);
    const response = await exportFile(a.slug);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="maalbar-maalinger-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      [
        "date;channel;metric;value;note",
        // Series by series in catalogue order, each by date.
        "2026-10-01;instagram;followers;1234;Høstkampanje",
        "2026-10-02;instagram;followers;1240;",
        // The formula-looking note is defused for Excel.
        '2026-10-01;email;open_rate;27,25;"\'=Ny; bedre emnelinje"',
        "2026-10-03;sales;revenue;125000,75;",
        "",
      ].join("\r\n"),
    );
    // A member, who by default does not see money, gets the same file without the kroner.
    as(a.memberId);
    const members = await (await exportFile(a.slug)).text();
    expect(members).not.toContain("revenue");
    expect(members).toContain("2026-10-02;instagram;followers;1240;");
  });

  it("filters by channel, metric and dates, and refuses a bad filter with a reason", async () => {
    as(a.managerId);
    const body = async (query: string) => (await (await exportFile(a.slug, query)).text()).trim().split("\r\n").slice(1);
    expect(await body("?channel=instagram&metric=followers&from=2026-10-02")).toEqual(["2026-10-02;instagram;followers;1240;"]);
    expect(await body("?metric=open_rate&to=2026-10-01")).toHaveLength(1);
    expect(await body("?channel=&metric=&from=&to=")).toHaveLength(4);

    for (const [query, error] of [
      ["?from=01.10.2026", "measurements.export.errors.badDate"],
      ["?to=2026-02-30", "measurements.export.errors.badDate"],
      ["?from=2026-10-03&to=2026-10-01", "measurements.export.errors.badRange"],
      ["?channel=tiktok", "measurements.export.errors.unknownChannel"],
      ["?channel=email&metric=followers", "measurements.export.errors.unknownMetric"],
    ]) {
      const response = await exportFile(a.slug, query);
      expect(response.status, query).toBe(400);
      const body = await reasoned(response);
      expect(body.error, query).toBe(error);
      expect(body.reason, query).toMatch(/\w+ \w+/);
    }
  });

  it("round-trips: an export imports into another organization unchanged", async () => {
    as(a.managerId);
    const exported = await (await exportFile(a.slug)).text();
    as(b.ownerId);
    expect(await lines(await importFile(b.slug, "commit", exported))).toEqual([
      { type: "progress", rows: 4 },
      { type: "done", rows: 4, created: 4, corrected: 0, unchanged: 0 },
    ]);
    expect(await (await exportFile(b.slug)).text()).toBe(exported);
    // And into the same organization again: nothing changes.
    as(a.managerId);
    expect((await lines(await importFile(a.slug, "commit", exported))).at(-1)).toMatchObject({
      type: "done",
      created: 0,
      corrected: 0,
      unchanged: 4,
    });
  });
});
