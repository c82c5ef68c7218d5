import { Readable } from "node:stream";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { kpiSnapshotHistory, kpiSnapshots } from "@/db/schema/index";
import { makeTeam } from "@/test/fixtures";
import { addCustomMetric, channelCatalog } from "@/lib/data/benchmarks";
import { commitImport, CsvImportError, MAX_PROBLEMS, previewImport } from "./csv-import";
import { recordMeasurements } from "@/lib/data/measurements";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const today = "2026-11-26";
const ctx = (t: Team, userId = t.memberId) => ({ orgId: t.org.id, userId, role: "member" as const });

/** The text as an upload arrives: small byte chunks, so "å" and line breaks get split across them. */
function upload(text: string, chunk = 7): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += chunk)));
    },
  });
}

const rowsOf = (t: Team) =>
  getDb()
    .select({
      date: kpiSnapshots.date,
      value: kpiSnapshots.value,
      note: kpiSnapshots.note,
      source: kpiSnapshots.source,
      metricId: kpiSnapshots.metricId,
    })
    .from(kpiSnapshots)
    .where(eq(kpiSnapshots.orgId, t.org.id))
    .orderBy(kpiSnapshots.metricId, kpiSnapshots.date);

/** `count` daily Instagram-follower rows from 2020-01-01, `;`-separated with a decimal comma. */
function dailyFile(count: number, change: (i: number, cells: string[]) => string[] = (_i, c) => c): string {
  const lines = ["dato;kanal;måltall;verdi;notat"];
  for (let i = 0; i < count; i++) {
    const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    lines.push(change(i, [date, "instagram", "followers", `${1000 + i}`]).join(";"));
  }
  return `${lines.join("\r\n")}\r\n`;
}

let ig: { channelId: string; metricId: string };
let openRate: string;

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const catalog = await channelCatalog(ctx(a));
  const instagram = catalog.find((c) => c.key === "instagram")!;
  ig = { channelId: instagram.id, metricId: instagram.metrics.find((m) => m.key === "followers")!.id };
  openRate = catalog.find((c) => c.key === "email")!.metrics.find((m) => m.key === "open_rate")!.id;
});

describe("commitImport", () => {
  it("imports a Norwegian Excel file: BOM, `;`, decimal comma, dd.mm.yyyy, bokmål names", async () => {
    const file = [
      "\uFEFFDato;Kanal;Måltall;Verdi;Notat",
      "01.11.2026;Instagram;Følgere;1 234;Etter kampanje",
      "",
      "2.11.2026;instagram;followers;1\u00a0235;",
      '03.11.2026;E-postmarkedsføring;Åpningsrate;27,25;"Ny; bedre emnelinje"',
    ].join("\r\n");
    const progress: number[] = [];
    const result = await commitImport(ctx(a), upload(file), today, (rows) => progress.push(rows));
    expect(result).toEqual({ rows: 3, created: 3, corrected: 0, unchanged: 0 });
    expect(progress).toEqual([3]);
    expect(await rowsOf(a)).toEqual(
      expect.arrayContaining([
        { date: "2026-11-01", value: 1234, note: "Etter kampanje", source: "csv", metricId: ig.metricId },
        { date: "2026-11-02", value: 1235, note: null, source: "csv", metricId: ig.metricId },
        { date: "2026-11-03", value: 27.25, note: "Ny; bedre emnelinje", source: "csv", metricId: openRate },
      ]),
    );
    expect(await rowsOf(a)).toHaveLength(3);
  });

  it("imports Norwegian Excel's plain CSV, saved as Windows-1252", async () => {
    const t = await makeTeam();
    const file = Buffer.from("Dato;Kanal;Måltall;Verdi;Notat\r\n05.11.2026;Instagram;Følgere;1 300;Høstkampanje\r\n", "latin1");
    expect(await commitImport(ctx(t), Readable.from([file.subarray(0, 20), file.subarray(20)]), today)).toMatchObject({ created: 1 });
    expect(await rowsOf(t)).toEqual([{ date: "2026-11-05", value: 1300, note: "Høstkampanje", source: "csv", metricId: ig.metricId }]);
  });

  it("reads an English file with `,` and a decimal point", async () => {
    const file = 'date,channel,metric,value,note\n2026-10-01,E-mail marketing,Open rate,31.5,"Subject, shorter"\n';
    expect(await commitImport(ctx(b), upload(file), today)).toMatchObject({ created: 1 });
    expect(await rowsOf(b)).toEqual([{ date: "2026-10-01", value: 31.5, note: "Subject, shorter", source: "csv", metricId: openRate }]);
  });

  it("writes nothing when one row of thousands is bad, and names its line", async () => {
    const before = await rowsOf(a);
    // Data row 2,057 (line 2,058) has a metric Instagram does not have; two batches are written before it.
    const file = dailyFile(2500, (i, c) => (i === 2056 ? [c[0]!, c[1]!, "likes", c[3]!] : c));
    const progress: number[] = [];
    const error = await commitImport(ctx(a), upload(file, 4096), today, (rows) => progress.push(rows)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CsvImportError);
    expect((error as CsvImportError).problem).toEqual({
      line: 2058,
      field: "metric",
      messageKey: "measurements.import.errors.unknownMetric",
      values: { value: "likes", channel: "instagram" },
    });
    expect(progress).toEqual([1000, 2000]);
    expect(await rowsOf(a)).toEqual(before);
  });

  it("turns a re-import into nothing new, and changed values into corrections with history", async () => {
    const file = dailyFile(1500);
    expect(await commitImport(ctx(b), upload(file, 65536), today)).toEqual({ rows: 1500, created: 1500, corrected: 0, unchanged: 0 });
    expect(await commitImport(ctx(b), upload(file, 65536), today)).toEqual({ rows: 1500, created: 0, corrected: 0, unchanged: 1500 });

    const changed = dailyFile(1500, (i, c) => (i % 100 === 0 ? [c[0]!, c[1]!, c[2]!, `${2000 + i}`, "Rettet"] : c));
    expect(await commitImport(ctx(b, b.managerId), upload(changed, 65536), today)).toEqual({
      rows: 1500,
      created: 0,
      corrected: 15,
      unchanged: 1485,
    });

    const [row] = await getDb()
      .select()
      .from(kpiSnapshots)
      .where(and(eq(kpiSnapshots.orgId, b.org.id), eq(kpiSnapshots.date, "2020-01-01")));
    expect(row).toMatchObject({ value: 2000, note: "Rettet", source: "csv", recordedBy: b.managerId });
    const history = await getDb().select().from(kpiSnapshotHistory).where(eq(kpiSnapshotHistory.orgId, b.org.id));
    expect(history).toHaveLength(15);
    expect(history.find((h) => h.snapshotId === row!.id)).toMatchObject({
      value: 1000,
      source: "csv",
      recordedBy: b.memberId,
      replacedBy: b.managerId,
    });
  });

  it("refuses a file without the header row, at line 1", async () => {
    const error = await commitImport(ctx(a), upload("2026-11-01;instagram;followers;5\n"), today).catch((e: unknown) => e);
    expect((error as CsvImportError).problem).toMatchObject({ line: 1, messageKey: "measurements.import.errors.missingColumn" });
  });
});

describe("previewImport", () => {
  it("reports future dates, bad numbers, in-file duplicates and corrections, and writes nothing", async () => {
    const t = await makeTeam();
    await recordMeasurements(
      ctx(t),
      [
        { ...ig, date: "2026-11-01", value: 1200 },
        { ...ig, date: "2026-11-02", value: 1210 },
      ],
      { source: "manual", today },
    );
    const before = await rowsOf(t);
    const file = [
      "date;channel;metric;value",
      "2026-11-01;instagram;followers;1250", // a correction
      "2026-11-02;instagram;followers;1210,0", // the same value: unchanged
      "2026-11-03;instagram;followers;1 260",
      "2026-11-27;instagram;followers;1270", // tomorrow
      "2026-11-04;instagram;followers;tolv",
      "03.11.2026;Instagram;Følgere;1261", // line 4 again
      "2026-11-05;tiktok;followers;1",
    ].join("\n");
    const preview = await previewImport(ctx(t), upload(file), today);
    expect(preview).toMatchObject({ rows: 7, valid: 3, problemCount: 4, corrections: 1, unchanged: 1 });
    expect(preview.problems).toEqual([
      { line: 5, field: "date", messageKey: "measurements.import.errors.futureDate", values: { value: "2026-11-27" } },
      { line: 6, field: "value", messageKey: "measurements.import.errors.badNumber", values: { value: "tolv" } },
      { line: 7, field: "date", messageKey: "measurements.import.errors.duplicate", values: { value: "2026-11-03", first: 4 } },
      { line: 8, field: "channel", messageKey: "measurements.import.errors.unknownChannel", values: { value: "tiktok" } },
    ]);
    expect(preview.sample.map((s) => [s.line, s.date, s.value])).toEqual([
      [2, "2026-11-01", 1250],
      [3, "2026-11-02", 1210],
      [4, "2026-11-03", 1260],
    ]);
    expect(preview.sample[0]).toMatchObject({
      channel: { key: "instagram", nameNb: "Instagram" },
      metric: { key: "followers", nameNb: "Følgere", unit: "count" },
    });
    expect(await rowsOf(t)).toEqual(before);
  });

  it("lists the first corrections as before → after across batches, counts the rest, and warns about an unusual value", async () => {
    const t = await makeTeam();
    // 1 100 stored days of followers, 1000 + i on day i from 2020-01-01: the file below reads them back in two batches.
    const stored = dailyFile(1100)
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(";"))
      .map(([date, , , value]) => ({ ...ig, date: date!, value: Number(value) }));
    await recordMeasurements(ctx(t), stored, { source: "manual", today });
    const bumped = new Set([5, 6, ...Array.from({ length: 10 }, (_, k) => 1050 + k)]);
    const file = dailyFile(1100, (i, c) =>
      i === 1099 ? [c[0]!, c[1]!, c[2]!, "999999"] : bumped.has(i) ? [c[0]!, c[1]!, c[2]!, `${1001 + i}`] : c,
    );
    const preview = await previewImport(ctx(t), upload(file, 65536), today);
    expect(preview).toMatchObject({ rows: 1100, valid: 1100, corrections: 13, changeCount: 13, unchanged: 1087, warningCount: 1 });
    // Lines are day + 2 (the header is line 1); the first batch has days 5 and 6, the second the other eight shown.
    expect(preview.changes.map((c) => [c.line, c.date, c.before, c.after])).toEqual([
      [7, "2020-01-06", 1005, 1006],
      [8, "2020-01-07", 1006, 1007],
      ...Array.from({ length: 8 }, (_, k) => [
        1052 + k,
        new Date(Date.UTC(2020, 0, 1051 + k)).toISOString().slice(0, 10),
        2050 + k,
        2051 + k,
      ]),
    ]);
    expect(preview.changes[0]).toMatchObject({ channel: { nameNb: "Instagram" }, metric: { nameNb: "Følgere", unit: "count" } });
    // Day 1 099 judged by the 12 days before it (2087–2098), not by the value it replaces.
    expect(preview.warnings).toEqual([expect.objectContaining({ line: 1101, date: "2023-01-04", value: 999999, low: 2087, high: 2098 })]);
  });

  it("keeps the first 200 problems and counts them all", async () => {
    const preview = await previewImport(
      ctx(a),
      upload(
        dailyFile(300, (_i, c) => [c[0]!, c[1]!, c[2]!, "x"]),
        65536,
      ),
      today,
    );
    expect(preview).toMatchObject({ rows: 300, valid: 0, problemCount: 300, sample: [] });
    expect(preview.problems).toHaveLength(MAX_PROBLEMS);
    expect(preview.problems.at(-1)?.line).toBe(201);
  });

  it.each([
    ["an empty file", "", [{ line: 1, field: "file", messageKey: "measurements.import.errors.empty" }]],
    ["a header alone", "\uFEFFdato;kanal;måltall;verdi\r\n", [{ line: 1, field: "file", messageKey: "measurements.import.errors.empty" }]],
    [
      "a header without value",
      "dato;kanal;måltall\n2026-11-01;instagram;followers\n",
      [{ line: 1, field: "value", messageKey: "measurements.import.errors.missingColumn", values: { column: "value" } }],
    ],
    [
      "an unclosed quote",
      'date,channel,metric,value\n2026-11-01,instagram,followers,1\n2026-11-02,"instagram,followers,2\n',
      [{ field: "file", messageKey: "measurements.import.errors.badCsv" }],
    ],
  ])("reports %s", async (_what, file, problems) => {
    const preview = await previewImport(ctx(a), upload(file), today);
    expect(preview.problems).toMatchObject(problems);
  });
});

describe("an organization's own metric", () => {
  it("resolves by name for its organization only", async () => {
    const sales = (await channelCatalog(ctx(b))).find((c) => c.key === "sales")!;
    const kafe = await addCustomMetric(getDb(), ctx(b), { channelId: sales.id, name: "Kaféklubben", unit: "count", direction: "increase" });
    const file = "dato;kanal;måltall;verdi\n01.10.2026;Salg og kunder;kaféklubben;42\n";

    expect((await previewImport(ctx(a), upload(file), today)).problems).toEqual([
      {
        line: 2,
        field: "metric",
        messageKey: "measurements.import.errors.unknownMetric",
        values: { value: "kaféklubben", channel: "Salg og kunder" },
      },
    ]);
    expect(await commitImport(ctx(b), upload(file), today)).toMatchObject({ created: 1 });
    expect((await rowsOf(b)).find((r) => r.metricId === kafe)).toMatchObject({ date: "2026-10-01", value: 42 });
  });
});
