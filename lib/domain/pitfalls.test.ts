import { describe, expect, it } from "vitest";
import {
  feedbackIgnored,
  findPitfalls,
  goalsWithoutDeadline,
  goalsWithoutMeasurement,
  goalsWithoutObjective,
  goalsWithoutOwner,
  overOptimism,
  tooManyGoals,
  unrealisticGoals,
  vagueGoals,
  wrongChannels,
  moneyWithoutResults,
  COSTLY_CHANNEL_FACTOR,
  type Pitfall,
  type PitfallChannel,
  type PitfallGoal,
  type PitfallInput,
} from "./pitfalls";

const TODAY = "2026-06-01";

// A goal with none of the ten pitfalls: the bakery's wedding cakes, 20 → 26.
const healthy: PitfallGoal = {
  id: "g",
  title: "Flere bestillinger av bryllupskaker",
  status: "active",
  ownerId: "kari",
  channelId: "facebook",
  metricId: "orders",
  objectiveId: "obj-wedding",
  baselineValue: 20,
  targetValue: 26,
  direction: "increase",
  startDate: "2026-03-01",
  deadline: "2026-09-01",
  lastMeasuredOn: "2026-05-20",
  lastReviewedOn: "2026-05-15",
  createdAt: "2026-02-20T10:00:00.000Z",
  realism: "ambitious",
  realismReason: null,
  forecastAtDeadline: 25,
  progress: 0.5,
};
let seq = 0;
const goal = (change: Partial<PitfallGoal> = {}): PitfallGoal => ({ ...healthy, id: `g${++seq}`, ...change });
const named = (id: string, change: Partial<PitfallGoal> = {}): PitfallGoal => ({ ...healthy, ...change, id });
const input = (goals: PitfallGoal[], memberCount = 3): PitfallInput => ({ today: TODAY, goals, memberCount });
const ids = (pitfalls: Pitfall[]) => pitfalls.map((p) => p.goalIds);

// [case, goals, the goalIds of each pitfall returned]; goals named "x…" are the ones to flag.
type Row = [string, PitfallGoal[], string[][]];

describe("1 tooManyGoals", () => {
  const kari = (n: number, change: Partial<PitfallGoal> = {}) => Array.from({ length: n }, () => goal({ ownerId: "kari", ...change }));
  it.each<[string, PitfallGoal[], number, number]>([
    ["three active goals for one person", kari(3), 3, 0],
    ["three active and a draft", [...kari(3), goal({ status: "draft" })], 3, 0],
    [
      "three active and three done",
      [...kari(3), ...kari(1, { status: "achieved" }), ...kari(1, { status: "missed" }), ...kari(1, { status: "archived" })],
      3,
      0,
    ],
    ["four active goals for one person", kari(4), 3, 1],
    ["four each for two people", [...kari(4), ...kari(4, { ownerId: "ola" })], 3, 2],
    ["six unowned goals for two members", kari(6, { ownerId: null }), 2, 0],
    ["seven unowned goals for two members", kari(7, { ownerId: null }), 2, 1],
    ["four unowned goals and no members counted", kari(4, { ownerId: null }), 0, 1],
  ])("%s → %s pitfall(s)", (_name, goals, members, count) => {
    const result = tooManyGoals(input(goals, members));
    expect(result).toHaveLength(count);
    for (const p of result) expect(p).toMatchObject({ id: "tooManyGoals", number: 1 });
  });

  it("names the person and their active goals", () => {
    const goals = [...kari(4), goal({ ownerId: "kari", status: "draft" }), goal({ ownerId: "ola" })];
    expect(tooManyGoals(input(goals))).toEqual([
      {
        id: "tooManyGoals",
        number: 1,
        goalIds: goals.slice(0, 4).map((g) => g.id),
        messageKey: "pitfalls.tooManyGoals.title",
        adviceKey: "pitfalls.tooManyGoals.advice",
        values: { scope: "person", ownerId: "kari", count: 4, max: 3 },
      },
    ]);
  });

  it("measures the team by 3 goals per member", () => {
    expect(tooManyGoals(input(kari(7, { ownerId: null }), 2))[0]?.values).toEqual({ scope: "team", count: 7, max: 6 });
  });
});

describe("2 unrealistic", () => {
  it.each<Row>([
    ["active and unrealistic", [named("x1", { realism: "unrealistic" }), goal()], [["x1"]]],
    ["draft and unrealistic", [named("x1", { status: "draft", realism: "unrealistic" })], [["x1"]]],
    [
      "ambitious, typical, unknown, unjudged",
      [goal({ realism: "ambitious" }), goal({ realism: "typical" }), goal({ realism: "unknown" }), goal({ realism: null })],
      [],
    ],
    ["achieved and unrealistic", [goal({ status: "achieved", realism: "unrealistic" })], []],
    // A written reason makes it the team's decision, shown in the review instead.
    ["unrealistic with a written reason", [goal({ realism: "unrealistic", realismReason: "Ny butikk åpner i mars" })], []],
    ["unrealistic with a blank reason", [named("x1", { realism: "unrealistic", realismReason: "  " })], [["x1"]]],
    ["unambitious is not this pitfall", [goal({ realism: "unambitious" })], []],
  ])("%s", (_name, goals, expected) => expect(ids(unrealisticGoals(input(goals)))).toEqual(expected));
});

describe("3 vague", () => {
  it.each<Row>([
    ["no metric", [named("x1", { metricId: null }), goal()], [["x1"]]],
    ["no baseline", [named("x1", { baselineValue: null })], [["x1"]]],
    ["no target", [named("x1", { status: "draft", targetValue: null })], [["x1"]]],
    ["a target that is not a number", [named("x1", { targetValue: Number.NaN })], [["x1"]]],
    ["metric, baseline and target", [goal(), goal({ baselineValue: 0 })], []],
    ["archived without a metric", [goal({ status: "archived", metricId: null })], []],
  ])("%s", (_name, goals, expected) => expect(ids(vagueGoals(input(goals)))).toEqual(expected));
});

describe("4 noDeadline", () => {
  it.each<Row>([
    ["active without a deadline", [named("x1", { deadline: null }), goal()], [["x1"]]],
    ["draft without a deadline", [named("x1", { status: "draft", deadline: null })], [["x1"]]],
    ["with a deadline", [goal()], []],
    ["missed without a deadline", [goal({ status: "missed", deadline: null })], []],
  ])("%s", (_name, goals, expected) => expect(ids(goalsWithoutDeadline(input(goals)))).toEqual(expected));
});

describe("5 noMeasurement", () => {
  it.each<Row>([
    ["measured 30 days ago", [goal({ lastMeasuredOn: "2026-05-02" })], []],
    ["measured 31 days ago", [named("x1", { lastMeasuredOn: "2026-05-01" })], [["x1"]]],
    ["never measured, created months ago", [named("x1", { lastMeasuredOn: null })], [["x1"]]],
    ["created today, never measured", [goal({ startDate: "2026-06-01", createdAt: "2026-06-01T07:30:00.000Z", lastMeasuredOn: null })], []],
    [
      "created today with a start months back, never measured",
      [goal({ startDate: "2026-01-01", createdAt: "2026-06-01T07:30:00.000Z", lastMeasuredOn: null })],
      [],
    ],
    ["created 30 days ago, never measured", [goal({ createdAt: "2026-05-02T09:00:00.000Z", lastMeasuredOn: null })], []],
    ["created 31 days ago, never measured", [named("x1", { createdAt: "2026-05-01T09:00:00.000Z", lastMeasuredOn: null })], [["x1"]]],
    ["started a week ago, baseline measured", [goal({ startDate: "2026-05-25", lastMeasuredOn: "2026-05-20" })], []],
    ["started a week ago, last measured long before", [named("x1", { startDate: "2026-05-25", lastMeasuredOn: "2026-03-01" })], [["x1"]]],
    ["a draft never measured", [goal({ status: "draft", lastMeasuredOn: null })], []],
    ["achieved, measured long ago", [goal({ status: "achieved", lastMeasuredOn: "2025-01-01" })], []],
  ])("%s", (_name, goals, expected) => expect(ids(goalsWithoutMeasurement(input(goals)))).toEqual(expected));

  it("says how many goals and days", () => {
    expect(goalsWithoutMeasurement(input([goal({ lastMeasuredOn: null }), goal({ lastMeasuredOn: null })]))[0]?.values).toEqual({
      count: 2,
      days: 30,
    });
  });
});

describe("6 noObjective", () => {
  it.each<Row>([
    ["active without an objective", [named("x1", { objectiveId: null }), goal()], [["x1"]]],
    ["draft without an objective", [named("x1", { status: "draft", objectiveId: null })], [["x1"]]],
    ["linked", [goal()], []],
    ["archived without an objective", [goal({ status: "archived", objectiveId: null })], []],
  ])("%s", (_name, goals, expected) => expect(ids(goalsWithoutObjective(input(goals)))).toEqual(expected));
});

describe("7 noOwner", () => {
  it.each<Row>([
    ["active without an owner", [named("x1", { ownerId: null }), goal()], [["x1"]]],
    ["draft without an owner", [named("x1", { status: "draft", ownerId: null })], [["x1"]]],
    ["owned", [goal()], []],
    ["achieved without an owner", [goal({ status: "achieved", ownerId: null })], []],
  ])("%s", (_name, goals, expected) => expect(ids(goalsWithoutOwner(input(goals)))).toEqual(expected));
});

describe("8 wrongChannels", () => {
  const channels = ["facebook", "instagram", "google_ads", "email", "youtube"];
  const spread = (progress: (number | null)[]) =>
    channels.map((channelId, i) => named(`c${i}`, { channelId, progress: progress[i] ?? null }));
  it.each<[string, PitfallGoal[], string[][]]>([
    ["five channels, no results", spread([0, 0.1, null, 0.2, 0]), [["c0", "c1", "c2", "c3", "c4"]]],
    ["five channels, one with results", spread([0.3, 0.1, 0, 0, 0]), [["c1", "c2", "c3", "c4"]]],
    ["a quarter of the way counts as results", spread([0.25, 0.1, 0, 0, 0]), [["c1", "c2", "c3", "c4"]]],
    ["five channels, two with results", spread([0.3, 0.5, 0, 0, 0]), []],
    ["four channels, no results", spread([0, 0, 0, 0]).slice(0, 4), []],
    ["the fifth channel only in a draft", [...spread([0, 0, 0, 0]).slice(0, 4), goal({ channelId: "youtube", status: "draft" })], []],
    ["goals without a channel do not count", [...spread([0, 0, 0, 0]).slice(0, 4), goal({ channelId: null })], []],
  ])("%s", (_name, goals, expected) => expect(ids(wrongChannels(input(goals)))).toEqual(expected));

  it("says how many channels and how many show results", () => {
    expect(wrongChannels(input(spread([0.3, 0, 0, 0, 0])))[0]?.values).toEqual({ count: 4, channels: 5, withResults: 1 });
  });
});

describe("8 moneyWithoutResults", () => {
  const channel = (channelId: string, resultKey: string | null, spend: number | null, results: number | null): PitfallChannel => ({
    channelId,
    channelKey: channelId,
    channelNb: `${channelId} nb`,
    channelEn: `${channelId} en`,
    resultKey,
    spend,
    results,
  });
  const run = (channels: PitfallChannel[], goals: PitfallGoal[] = []) =>
    moneyWithoutResults({ ...input(goals), channels }).map((p) => [p.values?.channelId, p.values?.reason, p.values?.factor, p.goalIds]);
  it.each<[string, PitfallChannel[], unknown[][]]>([
    ["spend and no results", [channel("facebook", "leads", 3_000, 0)], [["facebook", "noResults", undefined, []]]],
    ["spend, results never recorded", [channel("facebook", "leads", 3_000, null)], [["facebook", "noResults", undefined, []]]],
    ["no spend and no results: nothing to say", [channel("facebook", "leads", null, null)], []],
    ["one channel with results: nothing to compare with", [channel("facebook", "leads", 9_000, 3)], []],
    // 3 000 / 10 = 300 kr a lead, against the others' median of 100 (60, 100, 140): exactly 3× is not "more than".
    [
      "exactly 3 times the median is not flagged",
      [
        channel("facebook", "leads", 3_000, 10),
        channel("a", "leads", 600, 10),
        channel("b", "leads", 1_000, 10),
        channel("c", "leads", 1_400, 10),
      ],
      [],
    ],
    // 3 100 / 10 = 310 kr a lead, 3.1 times the median of 100.
    [
      "3.1 times the median of the others is flagged",
      [
        channel("facebook", "leads", 3_100, 10),
        channel("a", "leads", 600, 10),
        channel("b", "leads", 1_000, 10),
        channel("c", "leads", 1_400, 10),
      ],
      [["facebook", "costly", 3.1, []]],
    ],
    // The median of two (100 and 200) is 150: 500 kr an order is 3.3 times it.
    [
      "the median of an even number of channels",
      [channel("google_ads", "orders", 5_000, 10), channel("a", "orders", 1_000, 10), channel("b", "orders", 2_000, 10)],
      [["google_ads", "costly", 3.3, []]],
    ],
    ["different results are never compared", [channel("facebook", "leads", 9_000, 3), channel("youtube", "views", 100, 1_000)], []],
  ])("%s", (_name, channels, expected) => expect(run(channels)).toEqual(expected));

  it("names the open goals on the channel and the channel in both languages", () => {
    const goals = [
      named("fb", { channelId: "facebook" }),
      named("fb-old", { channelId: "facebook", status: "achieved" }),
      named("ig", { channelId: "instagram" }),
    ];
    const [p] = moneyWithoutResults({ ...input(goals), channels: [channel("facebook", "leads", 3_000, 0)] });
    expect(p).toMatchObject({
      number: 8,
      goalIds: ["fb"],
      values: { channelKey: "facebook", channelNb: "facebook nb", channelEn: "facebook en" },
    });
    expect(COSTLY_CHANNEL_FACTOR).toBe(3);
  });
});

describe("9 feedbackIgnored", () => {
  it.each<Row>([
    ["started 43 days ago, never reviewed", [named("x1", { startDate: "2026-04-19", lastReviewedOn: null })], [["x1"]]],
    ["started 42 days ago, never reviewed", [goal({ startDate: "2026-04-20", lastReviewedOn: null })], []],
    ["last reviewed 42 days ago", [goal({ startDate: "2026-01-01", lastReviewedOn: "2026-04-20" })], []],
    ["last reviewed 43 days ago", [named("x1", { startDate: "2026-01-01", lastReviewedOn: "2026-04-19" })], [["x1"]]],
    [
      "no start, created long ago",
      [named("x1", { startDate: null, createdAt: "2026-01-05T08:00:00.000Z", lastReviewedOn: null })],
      [["x1"]],
    ],
    ["no start, created last week", [goal({ startDate: null, createdAt: "2026-05-25T08:00:00.000Z", lastReviewedOn: null })], []],
    ["a draft never reviewed", [goal({ status: "draft", startDate: "2026-01-01", lastReviewedOn: null })], []],
  ])("%s", (_name, goals, expected) => expect(ids(feedbackIgnored(input(goals)))).toEqual(expected));
});

describe("10 overOptimism", () => {
  // The workshop: churn 20 % → 17 %, a decrease goal.
  const workshop: Partial<PitfallGoal> = { direction: "decrease", baselineValue: 20, targetValue: 17 };
  it.each<Row>([
    ["forecast halfway (23 of 20 → 26)", [goal({ forecastAtDeadline: 23 })], []],
    ["forecast short of halfway", [named("x1", { forecastAtDeadline: 22.9 })], [["x1"]]],
    ["forecast below the baseline", [named("x1", { forecastAtDeadline: 18 })], [["x1"]]],
    ["forecast beyond the target", [goal({ forecastAtDeadline: 30 })], []],
    ["decrease, forecast halfway", [goal({ ...workshop, forecastAtDeadline: 18.5 })], []],
    ["decrease, forecast a third of the way", [named("x1", { ...workshop, forecastAtDeadline: 19 })], [["x1"]]],
    ["decrease, churn forecast to rise", [named("x1", { ...workshop, forecastAtDeadline: 21 })], [["x1"]]],
    ["no forecast", [goal({ forecastAtDeadline: null })], []],
    ["no target", [goal({ targetValue: null, forecastAtDeadline: 0 })], []],
    ["target equal to baseline", [goal({ targetValue: 20, forecastAtDeadline: 0 })], []],
    ["a draft", [goal({ status: "draft", forecastAtDeadline: 0 })], []],
  ])("%s", (_name, goals, expected) => expect(ids(overOptimism(input(goals)))).toEqual(expected));
});

describe("findPitfalls", () => {
  // Bakeriet i Oslo, three people on the team, on 1 June 2026.
  const team: PitfallGoal[] = [
    // Kari's wedding cakes: SMART, measured and reviewed.
    named("wedding-cakes"),
    // Ola's Instagram goal: three times the benchmark, never reviewed since January.
    named("instagram", { ownerId: "ola", channelId: "instagram", realism: "unrealistic", startDate: "2026-01-10", lastReviewedOn: null }),
    // A draft someone started: no owner, no objective, no deadline yet.
    named("draft-idea", { status: "draft", ownerId: null, objectiveId: null, deadline: null, lastMeasuredOn: null }),
    // Last year's goal, achieved: whatever it lacks is history.
    named("last-year", { status: "achieved", ownerId: null, objectiveId: null, deadline: null, lastMeasuredOn: null }),
    // Per's newsletter: not measured since April, and its trend reaches a fifth of the way.
    named("newsletter", {
      ownerId: "per",
      channelId: "email",
      baselineValue: 20,
      targetValue: 30,
      lastMeasuredOn: "2026-04-01",
      forecastAtDeadline: 22,
    }),
  ];

  it("lists the pitfalls in the article's order with their goals", () => {
    expect(findPitfalls(input(team)).map((p) => [p.number, p.id, p.goalIds])).toEqual([
      [2, "unrealistic", ["instagram"]],
      [4, "noDeadline", ["draft-idea"]],
      [5, "noMeasurement", ["newsletter"]],
      [6, "noObjective", ["draft-idea"]],
      [7, "noOwner", ["draft-idea"]],
      [9, "feedbackIgnored", ["instagram"]],
      [10, "overOptimism", ["newsletter"]],
    ]);
  });

  it("puts money without results beside the other pitfall 8", () => {
    const channels: PitfallChannel[] = [
      {
        channelId: "instagram",
        channelKey: "instagram",
        channelNb: "Instagram",
        channelEn: "Instagram",
        resultKey: "leads",
        spend: 2_000,
        results: 0,
      },
    ];
    expect(findPitfalls({ ...input(team), channels }).map((p) => [p.number, p.id, p.goalIds])).toContainEqual([
      8,
      "moneyWithoutResults",
      ["instagram"],
    ]);
  });

  it("finds nothing for a healthy team", () => expect(findPitfalls(input([named("a"), named("b", { ownerId: "ola" })]))).toEqual([]));
});
