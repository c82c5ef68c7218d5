import type { Unit } from "./goal-types";
import type { MetricKind } from "./series";
import { describe, expect, it } from "vitest";
import { mapHeader } from "./csv-format";
import { catalogLookup, type LookupChannel, readRow } from "./csv-rows";

const m = (id: string, key: string, nameNb: string, nameEn: string, unit: Unit = "count", kind: MetricKind = "level") => ({
  id,
  key,
  nameNb,
  nameEn,
  unit,
  kind,
});
const channels: LookupChannel[] = [
  {
    id: "ig",
    key: "instagram",
    nameNb: "Instagram",
    nameEn: "Instagram",
    metrics: [m("ig-f", "followers", "Følgere", "Followers"), m("ig-e", "engagement", "Engasjement", "Engagement", "count", "rate")],
  },
  {
    id: "mail",
    key: "email",
    nameNb: "E-postmarkedsføring",
    nameEn: "E-mail marketing",
    // An organization's own metric named like a shared one's English name: the shared one keeps the name.
    metrics: [
      m("mail-o", "open_rate", "Åpningsrate", "Open rate", "percent", "rate"),
      m("mail-c", "custom_open_rate", "Open rate", "Open rate", "percent", "rate"),
      m("mail-k", "custom_kafe", "Kaféklubben", "Kaféklubben"),
    ],
  },
];
const lookup = catalogLookup(channels);
const { layout } = mapHeader(["dato", "kanal", "måltall", "verdi", "notat"]);
const read = (cells: string[], delimiter: ";" | "," = ";") => readRow(cells, 7, { layout, delimiter, lookup, today: "2026-11-26" });

describe("catalogLookup", () => {
  it.each([
    ["instagram", "followers", "ig-f"],
    ["INSTAGRAM", "Følgere", "ig-f"],
    [" Instagram ", "followers", "ig-f"],
    ["e-postmarkedsføring", "åpningsrate", "mail-o"],
    ["E-mail marketing", "OPEN RATE", "mail-o"],
    ["email", "custom_open_rate", "mail-c"],
    ["email", "kaféklubben", "mail-k"],
  ])("%s / %s → %s", (channel, metric, id) => {
    const c = lookup.channel(channel);
    expect(c).toBeDefined();
    expect(lookup.metric(c!, metric)?.id).toBe(id);
  });

  it("finds a metric only under its own channel", () => {
    expect(lookup.metric(lookup.channel("email")!, "followers")).toBeUndefined();
    expect(lookup.channel("E-post")).toBeUndefined();
  });
});

describe("readRow", () => {
  it("reads a Norwegian row with a note", () => {
    const result = read(["26.11.2026", "instagram", "Engasjement", "1 234,5", " Etter kampanje "]);
    expect(result.problems).toEqual([]);
    expect(result.row).toMatchObject({
      line: 7,
      date: "2026-11-26",
      value: 1234.5,
      note: "Etter kampanje",
      channel: { id: "ig" },
      metric: { id: "ig-e" },
    });
  });

  it("refuses half a follower and a share over 100 %, by the metric's rules", () => {
    expect(read(["26.11.2026", "instagram", "Følgere", "1 234,5"]).problems).toMatchObject([
      { field: "value", messageKey: "measurements.errors.notWhole" },
    ]);
    expect(read(["2026-11-01", "email", "open_rate", "255"], ",").problems).toMatchObject([
      { field: "value", messageKey: "measurements.errors.overShare" },
    ]);
  });

  it("reads a row without the optional note", () => {
    expect(read(["2026-11-01", "email", "open_rate", "25.5"], ",").row).toMatchObject({ value: 25.5, note: null });
  });

  it("refuses a note with a NUL character, which PostgreSQL text cannot hold", () => {
    expect(read(["2026-11-01", "instagram", "followers", "1", "før\u0000etter"])).toEqual({
      row: null,
      problems: [{ line: 7, field: "note", messageKey: "validation.invalid" }],
    });
  });

  it("refuses a note with a lone UTF-16 surrogate, which is not text PostgreSQL can store", () => {
    expect(read(["2026-11-01", "instagram", "followers", "1", "før\uD800etter"])).toEqual({
      row: null,
      problems: [{ line: 7, field: "note", messageKey: "validation.malformedText" }],
    });
  });

  it("refuses a note longer than any other way of recording allows (1000 characters), and keeps one of exactly 1000", () => {
    expect(read(["2026-11-01", "instagram", "followers", "1", "x".repeat(1001)])).toEqual({
      row: null,
      problems: [{ line: 7, field: "note", messageKey: "validation.tooLong" }],
    });
    expect(read(["2026-11-01", "instagram", "followers", "1", "x".repeat(1000)]).row).toMatchObject({ note: "x".repeat(1000) });
  });

  it.each([
    [
      ["2026-11-27", "instagram", "followers", "1"],
      [{ field: "date", messageKey: "measurements.import.errors.futureDate", values: { value: "2026-11-27" } }],
    ],
    [
      ["31.02.2026", "instagram", "followers", "1"],
      [{ field: "date", messageKey: "measurements.import.errors.badDate", values: { value: "31.02.2026" } }],
    ],
    [
      ["31.12.1999", "instagram", "followers", "1"],
      [{ field: "date", messageKey: "measurements.import.errors.dateOutOfRange", values: { value: "31.12.1999" } }],
    ],
    [
      ["9999-12-31", "instagram", "followers", "1"],
      [{ field: "date", messageKey: "measurements.import.errors.dateOutOfRange", values: { value: "9999-12-31" } }],
    ],
    [
      ["2026-11-01", "tiktok", "followers", "1"],
      [{ field: "channel", messageKey: "measurements.import.errors.unknownChannel", values: { value: "tiktok" } }],
    ],
    [
      ["2026-11-01", "instagram", "likes", "1"],
      [{ field: "metric", messageKey: "measurements.import.errors.unknownMetric", values: { value: "likes", channel: "instagram" } }],
    ],
    [
      ["2026-11-01", "instagram", "followers", "mange"],
      [{ field: "value", messageKey: "measurements.import.errors.badNumber", values: { value: "mange" } }],
    ],
    [
      ["", "instagram", "followers"],
      [
        { field: "date", messageKey: "measurements.import.errors.emptyCell" },
        { field: "value", messageKey: "measurements.import.errors.emptyCell" },
      ],
    ],
    [
      ["i går", "tiktok", "likes", "x"],
      [
        { field: "date", messageKey: "measurements.import.errors.badDate", values: { value: "i går" } },
        { field: "channel", messageKey: "measurements.import.errors.unknownChannel", values: { value: "tiktok" } },
        { field: "value", messageKey: "measurements.import.errors.badNumber", values: { value: "x" } },
      ],
    ],
  ])("%j has every problem on its line", (cells, problems) => {
    const result = read(cells);
    expect(result.row).toBeNull();
    expect(result.problems).toEqual(problems.map((p) => ({ line: 7, ...p })));
  });
});
