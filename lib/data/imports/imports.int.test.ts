import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, imports, kpiSnapshotHistory, kpiSnapshots, metrics } from "@/db/schema";
import { channelCatalog } from "@/lib/data/benchmarks";
import { recordMeasurements } from "@/lib/data/measurements";
import type { ColumnMapping } from "@/lib/domain/import";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { makeTeam } from "@/test/fixtures";
import { commitFileImport, FileImportError, type ImportPlan, listImports, previewFileImport, savePreset, undoImport } from "./index";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const today = "2026-11-26";
const member = (t: Team) => ({ orgId: t.org.id, userId: t.memberId, role: "member" as const });
const manager = (t: Team) => ({ orgId: t.org.id, userId: t.managerId, role: "manager" as const });
const ids = { website: "", facebook: "", fbFollowers: "" };

// A spreadsheet no platform preset reads: the column mapper maps it.
const sheet = (rows: [string, string, string][]) => [["Dag", "Besøk nettside", "Følgere Facebook"], ...rows];
const mapping: ColumnMapping = {
  headerRow: 0,
  dateColumn: 0,
  dateFormat: "dmy",
  columns: [
    { column: 1, channel: "website", metric: "custom:Besøk", combine: "sum" },
    { column: 2, channel: "facebook", metric: "followers", combine: "last" },
  ],
};
const plan = (): ImportPlan => ({
  channels: { website: ids.website, facebook: ids.facebook },
  newMetrics: { "website|custom:Besøk": "total" },
  mapping,
});
const first = sheet([
  ["01.11.2026", "100", "500"],
  ["02.11.2026", "120", "510"],
]);

const values = (t: Team) =>
  getDb()
    .select({ date: kpiSnapshots.date, value: kpiSnapshots.value, metricId: kpiSnapshots.metricId, importId: kpiSnapshots.importId })
    .from(kpiSnapshots)
    .where(eq(kpiSnapshots.orgId, t.org.id))
    .orderBy(kpiSnapshots.metricId, kpiSnapshots.date);
const fbFollowers = async (t: Team) => (await values(t)).filter((v) => v.metricId === ids.fbFollowers).map((v) => [v.date, v.value]);

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  const catalog = await channelCatalog(member(a));
  const fb = catalog.find((c) => c.key === "facebook")!;
  Object.assign(ids, {
    website: catalog.find((c) => c.key === "website")!.id,
    facebook: fb.id,
    fbFollowers: fb.metrics.find((m) => m.key === "followers")!.id,
  });
});

describe("file import", () => {
  it("previews the mapped file per week, proposing the channels, and writes nothing", async () => {
    const preview = await previewFileImport(member(a), first, "ark.csv", { mapping });
    expect(preview.problems).toEqual([]);
    // Which channels, not in which order (the parser orders its series by channel).
    expect(preview.channels).toHaveLength(2);
    expect(preview.channels).toEqual(
      expect.arrayContaining([
        { proposed: "website", channelId: ids.website },
        { proposed: "facebook", channelId: ids.facebook },
      ]),
    );
    expect(preview.metrics.find((m) => m.metric === "custom:Besøk")?.metricId).toBeNull();
    // 1 and 2 November 2026 are a Sunday and a Monday: two weeks.
    expect(preview.series.find((s) => s.metric === "custom:Besøk")).toMatchObject({
      total: 220,
      weeks: [
        { week: "2026-10-26", value: 100 },
        { week: "2026-11-02", value: 120 },
      ],
    });
    expect(await values(a)).toEqual([]);
  });

  it("leaves out a metric the person chose not to create, and refuses a file with nothing left to import", async () => {
    const c = await makeTeam();
    const catalog = await channelCatalog(member(c));
    const channels = { website: catalog.find((x) => x.key === "website")!.id, facebook: catalog.find((x) => x.key === "facebook")!.id };
    const skipped = await commitFileImport(member(c), first, "ark.csv", { channels, mapping }, today);
    expect(skipped).toMatchObject({ rows: 2, created: 2 });
    expect(await getDb().$count(metrics, and(eq(metrics.orgId, c.org.id), eq(metrics.nameNb, "Besøk")))).toBe(0);
    const onlyCustom: ColumnMapping = { ...mapping, columns: [mapping.columns[0]!] };
    await expect(commitFileImport(member(c), first, "ark.csv", { channels, mapping: onlyCustom }, today)).rejects.toMatchObject({
      problem: { line: 1, messageKey: "import.problems.nothingChosen" },
    });
    expect(await getDb().$count(kpiSnapshots, eq(kpiSnapshots.orgId, c.org.id))).toBe(2);
  });

  it("commits all values with their import, creates the custom metric with its kind, and the same file again changes nothing", async () => {
    const once = await commitFileImport(member(a), first, "ark.csv", plan(), today);
    expect(once).toMatchObject({ rows: 4, created: 4, corrected: 0, unchanged: 0 });
    const [custom] = await getDb()
      .select()
      .from(metrics)
      .where(and(eq(metrics.orgId, a.org.id), eq(metrics.nameNb, "Besøk")));
    expect(custom).toMatchObject({ kind: "total", channelId: ids.website });
    expect((await values(a)).every((v) => v.importId === once.importId)).toBe(true);

    // The preview already says nothing would change (the custom metric now exists, so every value is known).
    expect((await previewFileImport(member(a), first, "ark.csv", plan())).existing).toEqual({ corrected: 0, unchanged: 4 });
    const again = await commitFileImport(member(a), first, "ark.csv", plan(), today);
    expect(again).toMatchObject({ rows: 4, created: 0, corrected: 0, unchanged: 4 });
    expect((await values(a)).every((v) => v.importId === once.importId)).toBe(true);
    expect(await getDb().$count(kpiSnapshotHistory, eq(kpiSnapshotHistory.orgId, a.org.id))).toBe(0);
    const listed = await listImports(member(a));
    expect(listed[0]).toMatchObject({
      fileName: "ark.csv",
      source: "mapped",
      periodFrom: "2026-11-01",
      periodTo: "2026-11-02",
      rows: 4,
      created: 0,
      unchanged: 4,
      createdBy: "member test",
      presetName: null,
    });
  });

  it("the preview lists corrections before → after in file order and warns about a value far outside its series' recent range", async () => {
    const t = await makeTeam();
    const series = { channelId: ids.facebook, metricId: ids.fbFollowers };
    await recordMeasurements(
      member(t),
      [500, 510, 520].map((value, i) => ({ ...series, date: `2026-11-0${i + 1}`, value })),
      { source: "manual", today },
    );
    const sheet2 = [
      ["Dag", "Følgere Facebook"],
      ["02.11.2026", "512"],
      ["01.11.2026", "505"],
      ["03.11.2026", "520"],
      ["04.11.2026", "5200"],
    ];
    const followersOnly: ColumnMapping = {
      ...mapping,
      columns: [{ column: 1, channel: "facebook", metric: "followers", combine: "last" }],
    };
    const preview = await previewFileImport(member(t), sheet2, "ark.csv", { channels: { facebook: ids.facebook }, mapping: followersOnly });
    expect(preview.existing).toEqual({ corrected: 2, unchanged: 1 });
    expect(preview.changes.map((c) => [c.date, c.before, c.after])).toEqual([
      ["2026-11-01", 500, 505],
      ["2026-11-02", 510, 512],
    ]);
    // 500, 510, 520: ordinary up to 520 + 3 × 255 = 1 285 (half the median); 5 200 is imported, but named.
    expect(preview.warnings).toEqual([
      { channel: "facebook", metric: "followers", unit: "count", date: "2026-11-04", value: 5200, low: 500, high: 520 },
    ]);
    expect(preview.warningCount).toBe(1);
  });

  it("an overlapping export corrects the overlap with history, and undo restores what was there before", async () => {
    const overlapping = sheet([
      ["02.11.2026", "120", "515"],
      ["03.11.2026", "90", "520"],
    ]);
    const preview = await previewFileImport(member(a), overlapping, "ark2.csv", plan());
    expect(preview.existing).toEqual({ corrected: 1, unchanged: 1 });
    // The correction value by value, as the preview shows it ("2. nov.: 510 → 515").
    expect(preview.changes).toEqual([{ channel: "facebook", metric: "followers", date: "2026-11-02", before: 510, after: 515 }]);
    const overlap = await commitFileImport(member(a), overlapping, "ark2.csv", plan(), today);
    expect(overlap).toMatchObject({ created: 2, corrected: 1, unchanged: 1 });
    expect(await fbFollowers(a)).toEqual([
      ["2026-11-01", 500],
      ["2026-11-02", 515],
      ["2026-11-03", 520],
    ]);

    expect(await undoImport(manager(a), overlap.importId)).toEqual({ restored: 1, removed: 2 });
    expect(await fbFollowers(a)).toEqual([
      ["2026-11-01", 500],
      ["2026-11-02", 510],
    ]);
    // The restored value is the first import's again, so undoing that one removes it in turn.
    const firstImport = (await listImports(member(a))).find((i) => i.fileName === "ark.csv" && i.created === 4)!;
    expect((await values(a)).every((v) => v.importId === firstImport.id)).toBe(true);
    await expect(undoImport(manager(a), overlap.importId)).rejects.toBeInstanceOf(ConflictError);
    expect(
      await getDb().$count(auditEvents, and(eq(auditEvents.orgId, a.org.id), eq(auditEvents.action, "measurements.import_undone"))),
    ).toBe(1);
  });

  it("a long file: every value counted and written, across preview queries and commit batches", async () => {
    const t = await makeTeam();
    // 2 601 days × 2 columns = 5 202 values: two correction-count queries in the preview (5 000 + 202), six batches in the commit.
    const start = Date.UTC(2026, 10, 1);
    const rows = (changedDay: number) =>
      Array.from({ length: 2601 }, (_, i): [string, string, string] => {
        const [y, m, d] = new Date(start - i * 86_400_000).toISOString().slice(0, 10).split("-");
        return [`${d}.${m}.${y}`, String(i), String(i === changedDay ? 99_999 : 1000 + i)];
      });
    const long = sheet(rows(-1));
    const done = await commitFileImport(member(t), long, "lang.csv", plan(), today);
    expect(done).toMatchObject({ rows: 5_202, created: 5_202, corrected: 0, unchanged: 0 });
    expect(await getDb().$count(kpiSnapshots, eq(kpiSnapshots.orgId, t.org.id))).toBe(5_202);

    // One follower count changed, on the newest date: the last values in date order, counted by the second query.
    const changed = sheet(rows(0));
    expect((await previewFileImport(member(t), changed, "lang.csv", plan())).existing).toEqual({ corrected: 1, unchanged: 5_201 });
    const again = await commitFileImport(member(t), changed, "lang.csv", plan(), today);
    expect(again).toMatchObject({ rows: 5_202, created: 0, corrected: 1, unchanged: 5_201 });
    expect(await getDb().$count(kpiSnapshotHistory, eq(kpiSnapshotHistory.orgId, t.org.id))).toBe(1);
    expect(await undoImport(manager(t), again.importId)).toEqual({ restored: 1, removed: 0 });
    expect(await getDb().$count(kpiSnapshots, eq(kpiSnapshots.orgId, t.org.id))).toBe(5_202);
  });

  it("undo leaves a value typed after the import alone", async () => {
    const t = await makeTeam();
    const done = await commitFileImport(member(t), first, "ark.csv", plan(), today);
    await recordMeasurements(member(t), [{ channelId: ids.facebook, metricId: ids.fbFollowers, date: "2026-11-02", value: 999 }], {
      source: "manual",
      today,
    });
    expect(await undoImport(manager(t), done.importId)).toEqual({ restored: 0, removed: 3 });
    expect(await fbFollowers(t)).toEqual([["2026-11-02", 999]]);
  });

  it("a bad cell refuses the whole file naming its line, and writes nothing", async () => {
    const t = await makeTeam();
    const bad = sheet([
      ["01.11.2026", "100", "500"],
      ["02.11.2026", "mange", "510"],
    ]);
    const error = await commitFileImport(member(t), bad, "ark.csv", plan(), today).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileImportError);
    expect((error as FileImportError).problem).toEqual({
      line: 3,
      messageKey: "import.problems.badNumber",
      values: { value: "mange", column: "Besøk nettside" },
    });
    expect(await values(t)).toEqual([]);
    expect(await getDb().$count(imports, eq(imports.orgId, t.org.id))).toBe(0);
  });

  it("refuses half a follower or a negative count by the metric's rules, writes nothing, and names each value's file", async () => {
    const t = await makeTeam();
    for (const [followers, messageKey] of [
      ["510,5", "import.problems.valueNotWhole"],
      ["-3", "import.problems.valueNegative"],
    ] as const) {
      const error = await commitFileImport(member(t), sheet([["02.11.2026", "120", followers]]), "ark.csv", plan(), today).catch(
        (e: unknown) => e,
      );
      expect((error as FileImportError).problem).toMatchObject({ line: 1, messageKey, values: { date: "2026-11-02" } });
    }
    expect(await values(t)).toEqual([]);
    await commitFileImport(member(t), first, "uke-44.csv", plan(), today);
    const sources = await getDb()
      .selectDistinct({ source: kpiSnapshots.source, detail: kpiSnapshots.sourceDetail })
      .from(kpiSnapshots)
      .where(eq(kpiSnapshots.orgId, t.org.id));
    expect(sources).toEqual([{ source: "csv", detail: "uke-44.csv" }]);
  });

  it("refuses a channel the person did not confirm, and a future date", async () => {
    const t = await makeTeam();
    await expect(
      commitFileImport(member(t), first, "ark.csv", { ...plan(), channels: { website: ids.website } }, today),
    ).rejects.toMatchObject({
      problem: { messageKey: "import.problems.channelNotConfirmed", values: { channel: "facebook" } },
    });
    await expect(commitFileImport(member(t), sheet([["27.11.2026", "1", "2"]]), "ark.csv", plan(), today)).rejects.toMatchObject({
      problem: { messageKey: "import.problems.futureDate" },
    });
    expect(await values(t)).toEqual([]);
    expect(await getDb().$count(metrics, eq(metrics.orgId, t.org.id))).toBe(0);
  });

  it("recognises next month's file by a saved preset", async () => {
    const t = await makeTeam();
    const presetId = await savePreset(manager(t), { name: "Månedsarket", mapping, header: first[0]! });
    const preview = await previewFileImport(member(t), sheet([["01.12.2025", "5", "6"]]), "desember.csv");
    expect(preview.preset).toEqual({ id: presetId, name: "Månedsarket", mapping: { ...mapping, header: first[0] } });
    expect(preview.series.map((s) => s.points)).toEqual([1, 1]);
    await expect(savePreset(manager(t), { name: "Månedsarket", mapping, header: first[0]! })).rejects.toBeInstanceOf(ConflictError);
    // Past imports name the layout that read the file.
    await commitFileImport(member(t), sheet([["01.12.2025", "5", "6"]]), "desember.csv", { ...plan(), presetId }, today);
    expect((await listImports(member(t)))[0]).toMatchObject({ fileName: "desember.csv", presetName: "Månedsarket" });
  });

  it("another organization's import and preset ids answer like missing ones", async () => {
    const done = await commitFileImport(member(b), first, "ark.csv", plan(), today);
    await expect(undoImport(manager(a), done.importId)).rejects.toBeInstanceOf(NotFoundError);
    const presetId = await savePreset(manager(b), { name: "B sitt", mapping, header: first[0]! });
    await expect(previewFileImport(member(a), first, "ark.csv", { presetId })).rejects.toBeInstanceOf(NotFoundError);
    await expect(undoImport(manager(a), "00000000-0000-4000-8000-000000000000")).rejects.toBeInstanceOf(NotFoundError);
    expect((await values(b)).length).toBe(4);
  });
});

describe("an empty file", () => {
  it("is refused in the preview and the commit, naming line 1", async () => {
    const preview = await previewFileImport(member(a), [[""], []], "tom.csv");
    expect(preview.problems).toEqual([{ line: 1, messageKey: "import.problems.emptyFile" }]);
    await expect(commitFileImport(member(a), [], "tom.csv", plan(), today)).rejects.toMatchObject({
      problem: { line: 1, messageKey: "import.problems.emptyFile" },
    });
  });
});
