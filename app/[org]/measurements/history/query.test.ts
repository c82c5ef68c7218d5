import { describe, expect, it } from "vitest";
import { historyHref, parseHistoryQuery } from "./query";

const ID = "0b6f7a52-1c3e-4e0a-9d7e-1f2a3b4c5d6e";

describe("parseHistoryQuery", () => {
  const cases: [string, Record<string, string>, ReturnType<typeof parseHistoryQuery>][] = [
    ["nothing: every value, page 1", {}, { filter: {}, invalid: [] }],
    [
      "every filter",
      { channel: ID, metric: ID, person: ID, from: "2026-11-01", to: "2026-11-30", source: "csv", page: "3" },
      { filter: { channelId: ID, metricId: ID, personId: ID, from: "2026-11-01", to: "2026-11-30", source: "csv", page: 3 }, invalid: [] },
    ],
    ["an empty select is no filter", { channel: "", source: "" }, { filter: {}, invalid: [] }],
    [
      "what cannot be read is left out and named",
      { channel: "instagram", from: "2026-02-30", source: "fax", page: "x" },
      { filter: {}, invalid: ["channel", "from", "source"] },
    ],
  ];
  it.each(cases)("%s", (_name, params, expected) => {
    expect(parseHistoryQuery(params)).toEqual(expected);
  });
});

describe("historyHref", () => {
  it("keeps the filters and leaves page 1 out", () => {
    expect(historyHref("bakeri", { source: "api", from: "2026-11-01" })).toBe("/bakeri/measurements/history?from=2026-11-01&source=api");
    expect(historyHref("bakeri", { source: "api" }, 2)).toBe("/bakeri/measurements/history?source=api&page=2");
    expect(historyHref("bakeri", {})).toBe("/bakeri/measurements/history");
  });
});
