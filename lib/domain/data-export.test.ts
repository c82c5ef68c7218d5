import { describe, expect, it } from "vitest";
import { confirmsName, exportCell, exportLine, lastOwnerOf } from "./data-export";

describe("exportCell", () => {
  it.each([
    [null, false, ""],
    [undefined, true, ""],
    [new Date("2026-11-30T23:15:00.000Z"), false, "2026-11-30T23:15:00.000Z"],
    [{ from: "draft", to: "active" }, false, '"{""from"":""draft"",""to"":""active""}"'],
    ["-12.50", false, "-12.50"],
    [42, false, "42"],
    [true, false, "true"],
    ["=HYPERLINK(1)", true, "'=HYPERLINK(1)"],
    ["=HYPERLINK(1)", false, "=HYPERLINK(1)"],
    ["Brød; kaker", true, '"Brød; kaker"'],
    ['si "hei"', true, '"si ""hei"""'],
    ["linje 1\nlinje 2", true, '"linje 1\nlinje 2"'],
  ])("%j (text: %s) → %s", (value, text, expected) => {
    expect(exportCell(value, text)).toBe(expected);
  });

  it("joins a line with ; and ends it with CRLF", () => {
    expect(exportLine(["a", null, "-1", "+x"], [true, true, false, true])).toBe("a;;-1;'+x\r\n");
  });
});

describe("confirmsName", () => {
  it.each([
    ["Bakeriet Åsen", "Bakeriet Åsen", true],
    ["  Bakeriet   Åsen ", "Bakeriet Åsen", true],
    ["Bakeriet A\u030asen", "Bakeriet Åsen", true],
    ["bakeriet åsen", "Bakeriet Åsen", false],
    ["Bakeriet", "Bakeriet Åsen", false],
    ["", "", false],
    ["   ", " ", false],
  ])("%j for %j → %s", (typed, name, expected) => {
    expect(confirmsName(typed, name)).toBe(expected);
  });
});

describe("lastOwnerOf", () => {
  const m = (orgName: string, isOwner: boolean, owners: number) => ({ orgId: orgName, orgName, isOwner, owners });
  it.each([
    ["no memberships", [], []],
    ["the only owner", [m("Bakeriet", true, 1)], ["Bakeriet"]],
    ["one of two owners", [m("Bakeriet", true, 2)], []],
    ["a member where one other owner is", [m("Bakeriet", false, 1)], []],
    [
      "only owner of one, co-owner of another",
      [m("Bakeriet", true, 1), m("Kafeen", true, 3), m("Salongen", true, 1)],
      ["Bakeriet", "Salongen"],
    ],
  ])("%s", (_, memberships, expected) => {
    expect(lastOwnerOf(memberships)).toEqual(expected);
  });
});
