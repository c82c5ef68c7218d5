import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, channels, kpiSnapshots } from "@/db/schema/index";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { makeTeam } from "@/test/fixtures";
import { isUniqueViolation } from "../db-errors";
import { createGoal, goalFormData, type GoalFields } from "@/lib/data/goals";
import { recordMeasurements } from "@/lib/data/measurements";
import { addOneOffCost, setBudget, setResultMetrics } from "@/lib/data/money";
import { addChartNote } from "@/lib/data/check-ins";
import { previewImport } from "@/lib/data/csv";
import {
  activeChannels,
  benchmarkTable,
  type CatalogChannel,
  channelCatalog,
  createOwnChannel,
  listOwnChannels,
  metricsWithoutBenchmark,
  renameOwnChannel,
  setOwnChannelArchived,
  updateBenchmark,
} from "./index";

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const today = "2026-11-26";
const manager = (t: Team) => ({ orgId: t.org.id, userId: t.ownerId, role: "owner" as const });
const source = "Vårt eget anslag";
const tiktok = {
  name: "TikTok",
  metrics: [
    { name: "Følgere", type: "countLevel" as const, direction: "increase" as const, benchmarkPct: null },
    { name: "Visninger", type: "countTotal" as const, direction: "increase" as const, benchmarkPct: 25 },
  ],
  benchmarkSource: source,
};

const fieldErrorsOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => (e instanceof ValidationError ? e.fieldErrors : e),
  );
/** The channel of that name in any case: of the two added at once, either spelling may have won. */
const own = async (t: Team, name: string): Promise<CatalogChannel> =>
  (await channelCatalog(manager(t))).find((c) => c.nameNb.toLowerCase() === name.toLowerCase())!;

let aTiktok: CatalogChannel;
let bSecret: CatalogChannel;

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
  await createOwnChannel(manager(a), tiktok);
  await createOwnChannel(manager(b), {
    name: "Bs lokalavis",
    metrics: [{ name: "Annonsesvar", type: "countTotal", direction: "increase", benchmarkPct: 10 }],
    benchmarkSource: source,
  });
  aTiktok = await own(a, "TikTok");
  bSecret = await own(b, "Bs lokalavis");
});

describe("creating an own channel", () => {
  it("adds the channel with its metrics, kinds and benchmark, in one name for both languages, and logs it", async () => {
    expect(aTiktok).toMatchObject({ key: "own_tiktok", nameNb: "TikTok", nameEn: "TikTok", own: true, archived: false });
    expect(aTiktok.metrics.map((m) => [m.key, m.nameEn, m.unit, m.kind, m.direction, m.custom])).toEqual([
      ["custom_folgere", "Følgere", "count", "level", "increase", true],
      ["custom_visninger", "Visninger", "count", "total", "increase", true],
    ]);
    const table = await benchmarkTable(manager(a));
    expect(table.filter((r) => r.channelId === aTiktok.id).map((r) => [r.metricNb, r.upliftPct, r.source, r.overridden])).toEqual([
      ["Visninger", 25, source, true],
    ]);
    // The metric without a benchmark can be given one on the benchmarks page.
    expect((await metricsWithoutBenchmark(manager(a))).filter((m) => m.channelNb === "TikTok").map((m) => m.metricNb)).toEqual(["Følgere"]);
    const events = await getDb()
      .select({ action: auditEvents.action, data: auditEvents.data })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, a.org.id), eq(auditEvents.action, "channel.created")));
    expect(events).toEqual([{ action: "channel.created", data: { title: "TikTok", metrics: 2 } }]);
  });

  it("is seen by its own organization only", async () => {
    expect((await channelCatalog(manager(b))).some((c) => c.id === aTiktok.id)).toBe(false);
    expect((await benchmarkTable(manager(b))).some((r) => r.channelId === aTiktok.id)).toBe(false);
    expect((await listOwnChannels(manager(b))).map((c) => c.name)).toEqual(["Bs lokalavis"]);
  });

  it.each([
    ["the same name in other letters", " tiktok "],
    ["a catalogue channel's Norwegian name", "facebook"],
    ["a catalogue channel's English name", "WEBSITE / BLOG"],
  ])("refuses %s", async (_what, name) => {
    expect(await fieldErrorsOf(createOwnChannel(manager(a), { ...tiktok, name }))).toEqual({ name: ["ownChannels.errors.nameTaken"] });
  });

  it("lets another organization use the same name", async () => {
    await createOwnChannel(manager(b), { ...tiktok, name: "TIKTOK" });
    expect((await own(b, "TIKTOK")).key).toBe("own_tiktok");
  });

  it("refuses bad names and metrics and writes nothing", async () => {
    const before = (await channelCatalog(manager(a))).length;
    expect(await fieldErrorsOf(createOwnChannel(manager(a), { ...tiktok, name: "  " }))).toEqual({ name: ["validation.required"] });
    expect(await fieldErrorsOf(createOwnChannel(manager(a), { ...tiktok, name: "Snapchat", metrics: [] }))).toEqual({
      metrics: ["ownChannels.errors.noMetrics"],
    });
    const twice = [tiktok.metrics[0]!, { ...tiktok.metrics[1]!, name: "følgere", benchmarkPct: 2000 }];
    expect(await fieldErrorsOf(createOwnChannel(manager(a), { ...tiktok, name: "Snapchat", metrics: twice }))).toEqual({
      "metrics.1.name": ["ownChannels.errors.metricTwice"],
      "metrics.1.benchmarkPct": ["ownChannels.errors.benchmarkRange"],
    });
    expect((await channelCatalog(manager(a))).length).toBe(before);
  });

  it("lets one of two people adding the same name at once win; the other hears the name is taken", async () => {
    const results = await Promise.allSettled([
      createOwnChannel(manager(a), { ...tiktok, name: "Snapchat" }),
      createOwnChannel(manager(a), { ...tiktok, name: "snapchat" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    expect((refused?.reason as ValidationError).fieldErrors).toEqual({ name: ["ownChannels.errors.nameTaken"] });
    expect((await channelCatalog(manager(a))).filter((c) => c.nameNb.toLowerCase() === "snapchat")).toHaveLength(1);
  });

  it("has a unique index behind the check: a second row of the same name in other case is refused by the database", async () => {
    const error = await getDb()
      .insert(channels)
      .values({ orgId: a.org.id, key: "own_tiktok_direct", nameNb: "TIKTOK", nameEn: "TIKTOK" })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error, "channels_org_name_unique")).toBe(true);
  });
});

describe("renaming and archiving", () => {
  it("renames an own channel, checked like a new name", async () => {
    const id = (await own(a, "Snapchat")).id;
    await renameOwnChannel(manager(a), id, "  Snapchat   Norge ");
    expect((await own(a, "Snapchat Norge")).nameEn).toBe("Snapchat Norge");
    // Its own name in other letters is no clash; another channel's is.
    await renameOwnChannel(manager(a), id, "SNAPCHAT NORGE");
    expect(await fieldErrorsOf(renameOwnChannel(manager(a), id, "tiktok"))).toEqual({ name: ["ownChannels.errors.nameTaken"] });
    expect(await fieldErrorsOf(renameOwnChannel(manager(a), id, "Instagram"))).toEqual({ name: ["ownChannels.errors.nameTaken"] });
    expect(await fieldErrorsOf(renameOwnChannel(manager(a), id, ""))).toEqual({ name: ["validation.required"] });
  });

  it("archives an own channel out of the pickers, keeps its data and brings it back", async () => {
    const id = (await own(a, "SNAPCHAT NORGE")).id;
    const metricId = (await own(a, "SNAPCHAT NORGE")).metrics[0]!.id;
    await recordMeasurements(manager(a), [{ channelId: id, metricId, date: "2026-11-20", value: 40 }], { source: "manual", today });
    await setOwnChannelArchived(manager(a), id, true);
    const catalog = await channelCatalog(manager(a));
    expect(catalog.find((c) => c.id === id)).toMatchObject({ archived: true });
    expect(activeChannels(catalog).some((c) => c.id === id)).toBe(false);
    expect(activeChannels(catalog, id).some((c) => c.id === id)).toBe(true);
    expect((await goalFormData(manager(a))).channels.some((c) => c.id === id)).toBe(false);
    expect((await metricsWithoutBenchmark(manager(a))).some((m) => m.channelNb === "SNAPCHAT NORGE")).toBe(false);
    expect((await listOwnChannels(manager(a))).at(-1)).toMatchObject({ id, archived: true });
    const kept = await getDb().select({ value: kpiSnapshots.value }).from(kpiSnapshots).where(eq(kpiSnapshots.channelId, id));
    expect(kept).toEqual([{ value: 40 }]);
    // An archived channel keeps its name: a new one of that name is refused (restore it instead).
    expect(await fieldErrorsOf(createOwnChannel(manager(a), { ...tiktok, name: "Snapchat Norge" }))).toEqual({
      name: ["ownChannels.errors.nameTaken"],
    });
    await setOwnChannelArchived(manager(a), id, false);
    expect((await goalFormData(manager(a))).channels.some((c) => c.id === id)).toBe(true);
  });

  it("refuses to change the catalogue's channels", async () => {
    const facebook = (await channelCatalog(manager(a))).find((c) => c.key === "facebook")!;
    await expect(renameOwnChannel(manager(a), facebook.id, "Fjesboka")).rejects.toMatchObject({
      messageKey: "ownChannels.errors.catalogueChannel",
    });
    await expect(setOwnChannelArchived(manager(a), facebook.id, true)).rejects.toBeInstanceOf(ConflictError);
    expect((await channelCatalog(manager(b))).find((c) => c.key === "facebook")).toMatchObject({ nameNb: "Facebook", archived: false });
  });

  it("answers another organization's channel, and an id that is no id, like a missing one", async () => {
    for (const id of [bSecret.id, "00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      await expect(renameOwnChannel(manager(a), id, "Min avis")).rejects.toBeInstanceOf(NotFoundError);
      await expect(setOwnChannelArchived(manager(a), id, true)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await own(b, "Bs lokalavis")).toMatchObject({ archived: false });
  });
});

describe("another organization's own channel in every write that takes a channel or a metric", () => {
  const goal = (channelId: string, metricId: string): GoalFields => ({
    title: "Flere svar på annonsene",
    description: "",
    channelId,
    metricId,
    customMetric: null,
    unit: "count",
    direction: "increase",
    baselineValue: 10,
    baselineDate: today,
    targetValue: 15,
    startDate: today,
    deadline: "2027-05-26",
    objectiveId: null,
    ownerId: null,
    priority: "medium",
  });

  it("works for its own organization", async () => {
    const metricId = aTiktok.metrics[0]!.id;
    await expect(createGoal(manager(a), goal(aTiktok.id, metricId), "draft", today)).resolves.toEqual(expect.any(String));
    await recordMeasurements(manager(a), [{ channelId: aTiktok.id, metricId, date: "2026-11-25", value: 120 }], {
      source: "manual",
      today,
    });
    await setBudget(manager(a), { channelId: aTiktok.id, month: "2026-11-01", amount: 2_000 });
    await addOneOffCost(manager(a), { channelId: aTiktok.id, date: "2026-11-10", amount: 500, note: "Video" });
    await addChartNote(manager(a), aTiktok.id, { body: "Første video", startsOn: "2026-11-10", endsOn: null });
  });

  it("is refused like a missing one", async () => {
    const metricId = bSecret.metrics[0]!.id;
    expect(await fieldErrorsOf(createGoal(manager(a), goal(bSecret.id, metricId), "draft", today))).toEqual({
      metricId: ["goals.errors.unknownMetric"],
    });
    const custom = { name: "Mitt tall", unit: "count" as const, direction: "increase" as const, kind: "level" as const };
    expect(
      await fieldErrorsOf(createGoal(manager(a), { ...goal(bSecret.id, ""), metricId: null, customMetric: custom }, "draft", today)),
    ).toEqual({
      channelId: ["goals.errors.unknownChannel"],
    });
    expect(
      await fieldErrorsOf(
        recordMeasurements(manager(a), [{ channelId: bSecret.id, metricId, date: "2026-11-25", value: 1 }], { source: "manual", today }),
      ),
    ).toEqual({ "items.0.metric": ["measurements.errors.unknownMetric"] });
    await expect(setBudget(manager(a), { channelId: bSecret.id, month: "2026-11-01", amount: 1 })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addOneOffCost(manager(a), { channelId: bSecret.id, date: "2026-11-10", amount: 1, note: "" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(setResultMetrics(manager(a), bSecret.id, [metricId])).rejects.toBeInstanceOf(NotFoundError);
    await expect(addChartNote(manager(a), bSecret.id, { body: "Hos B", startsOn: "2026-11-10", endsOn: null })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      updateBenchmark(manager(a), metricId, { upliftPct: 5, typicalGoalNb: "x", typicalGoalEn: "x", source: "x" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    // A file naming B's channel, by its key or its name, is a file with an unknown channel.
    const file = new Blob([`dato;kanal;måltall;verdi\n2026-11-20;${bSecret.key};Annonsesvar;3\n2026-11-21;Bs lokalavis;Annonsesvar;3\n`]);
    const preview = await previewImport(manager(a), file.stream(), today);
    expect(preview.problems.map((p) => [p.line, p.messageKey])).toEqual([
      [2, "measurements.import.errors.unknownChannel"],
      [3, "measurements.import.errors.unknownChannel"],
    ]);
    const bRows = await getDb().select().from(kpiSnapshots).where(eq(kpiSnapshots.channelId, bSecret.id));
    expect(bRows).toEqual([]);
  });
});
