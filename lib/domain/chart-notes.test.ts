import { describe, expect, it } from "vitest";
import {
  agendaNotePeriod,
  CHART_NOTE_MAX,
  chartNoteFromReviewNote,
  chartNoteProblems,
  mayEditChartNote,
  noteOverlaps,
} from "./chart-notes";

describe("chartNoteProblems", () => {
  it.each([
    ["a one-day note", { body: "Nyhetsbrev sendt", startsOn: "2026-05-01", endsOn: null }, {}],
    ["a campaign with an end", { body: "Morsdagskampanje", startsOn: "2026-02-01", endsOn: "2026-02-08" }, {}],
    ["ending the day it starts", { body: "Ny nettside", startsOn: "2026-03-10", endsOn: "2026-03-10" }, {}],
    ["no text", { body: "  ", startsOn: "2026-05-01", endsOn: null }, { body: ["chartNotes.errors.bodyRequired"] }],
    [
      "text one character too long",
      { body: "x".repeat(CHART_NOTE_MAX + 1), startsOn: "2026-05-01", endsOn: null },
      { body: ["chartNotes.errors.bodyTooLong"] },
    ],
    ["text exactly as long as allowed", { body: "x".repeat(CHART_NOTE_MAX), startsOn: "2026-05-01", endsOn: null }, {}],
    ["no date", { body: "Kampanje", startsOn: "", endsOn: null }, { startsOn: ["validation.date"] }],
    ["30 February", { body: "Kampanje", startsOn: "2026-02-30", endsOn: null }, { startsOn: ["validation.date"] }],
    ["year 9999", { body: "Kampanje", startsOn: "9999-12-31", endsOn: null }, { startsOn: ["validation.dateRange"] }],
    [
      "ending the day before it starts",
      { body: "Kampanje", startsOn: "2026-03-10", endsOn: "2026-03-09" },
      { endsOn: ["chartNotes.errors.endBeforeStart"] },
    ],
    ["an end that is no date", { body: "Kampanje", startsOn: "2026-03-10", endsOn: "10.03.2026" }, { endsOn: ["validation.date"] }],
    [
      "bad start and bad end: both named, no comparison",
      { body: "", startsOn: "x", endsOn: "y" },
      { body: ["chartNotes.errors.bodyRequired"], startsOn: ["validation.date"], endsOn: ["validation.date"] },
    ],
  ])("%s", (_name, input, expected) => {
    expect(chartNoteProblems(input)).toEqual(expected);
  });
});

describe("noteOverlaps", () => {
  const from = "2026-03-01";
  const to = "2026-03-31";
  it.each([
    ["a day inside", { startsOn: "2026-03-15", endsOn: null }, true],
    ["on the first day", { startsOn: "2026-03-01", endsOn: null }, true],
    ["on the last day", { startsOn: "2026-03-31", endsOn: null }, true],
    ["the day before", { startsOn: "2026-02-28", endsOn: null }, false],
    ["the day after", { startsOn: "2026-04-01", endsOn: null }, false],
    ["a campaign running into the period", { startsOn: "2026-02-20", endsOn: "2026-03-01" }, true],
    ["a campaign ending the day before", { startsOn: "2026-02-20", endsOn: "2026-02-28" }, false],
    ["a campaign spanning the whole period", { startsOn: "2026-01-01", endsOn: "2026-06-30" }, true],
  ])("%s", (_name, note, expected) => {
    expect(noteOverlaps(note, from, to)).toBe(expected);
  });
});

describe("agendaNotePeriod", () => {
  it.each([
    ["since the day after the previous meeting", "2026-10-29", "2026-11-26", { from: "2026-10-30", to: "2026-11-26" }],
    ["the first meeting looks 90 days back", null, "2026-11-26", { from: "2026-08-28", to: "2026-11-26" }],
    ["across a year's end", "2026-12-31", "2027-01-28", { from: "2027-01-01", to: "2027-01-28" }],
  ])("%s", (_name, previous, meeting, expected) => {
    expect(agendaNotePeriod(previous, meeting)).toEqual(expected);
  });
});

describe("mayEditChartNote", () => {
  it.each([
    ["the author", "u1", "u1", false, true],
    ["someone else", "u2", "u1", false, false],
    ["a manager", "u2", "u1", true, true],
    ["a note whose author left, without the permission", "u2", null, false, false],
  ] as const)("%s", (_name, user, author, any, expected) => {
    expect(mayEditChartNote(user, author, any)).toBe(expected);
  });
});

describe("chartNoteFromReviewNote", () => {
  it.each([
    ["a short note as it is", "Morsdagskampanje startet", "Morsdagskampanje startet"],
    ["the first line of several", "  Nyhetsbrev sendt\nÅpningsrate 41 %", "Nyhetsbrev sendt"],
    ["a long line cut at a word", `${"ord ".repeat(40)}slutt`, `${"ord ".repeat(29).trimEnd()}…`],
    ["a long word cut hard", "x".repeat(200), `${"x".repeat(CHART_NOTE_MAX - 1)}…`],
  ])("%s", (_name, body, expected) => {
    expect(chartNoteFromReviewNote(body)).toBe(expected);
  });
});
