import { describe, expect, it } from "vitest";
import { actionItemDueError, meetingDateError } from "./review-dates";

describe("meetingDateError", () => {
  const today = "2026-12-02";
  it.each([
    ["today", "2026-12-02", null],
    ["tomorrow", "2026-12-03", null],
    ["next year", "2027-01-05", null],
    ["yesterday", "2026-12-01", "reviews.errors.meetingInPast"],
    ["last year's last day", "2025-12-31", "reviews.errors.meetingInPast"],
    ["not a date (the form's check answers)", "2026-02-30", null],
  ])("%s", (_name, date, expected) => expect(meetingDateError(date, today)).toBe(expected));
});

describe("actionItemDueError", () => {
  const meeting = "2026-03-01";
  it.each([
    ["no due date", null, null],
    ["the meeting's day", "2026-03-01", null],
    ["a week after", "2026-03-08", null],
    ["the day before", "2026-02-28", "reviews.errors.dueBeforeMeeting"],
    ["a month before", "2026-02-01", "reviews.errors.dueBeforeMeeting"],
    ["not a date", "2026-02-30", null],
  ])("%s", (_name, due, expected) => expect(actionItemDueError(due, meeting)).toBe(expected));
});
