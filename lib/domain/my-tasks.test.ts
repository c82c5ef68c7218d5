import { describe, expect, it } from "vitest";
import { orderTasks, taskUrgency } from "./my-tasks";

describe("taskUrgency", () => {
  it.each([
    ["due yesterday", "2026-11-25", "overdue"],
    ["due a month ago", "2026-10-26", "overdue"],
    ["due today", "2026-11-26", "today"],
    ["due tomorrow", "2026-11-27", "upcoming"],
    ["due next year", "2027-01-04", "upcoming"],
    ["no due date", null, "none"],
    ["a date that does not exist", "2026-02-30", "none"],
  ] as const)("%s: %s", (_name, dueOn, expected) => {
    expect(taskUrgency(dueOn, "2026-11-26")).toBe(expected);
  });

  it("compares dates as days, not strings, across a year's end", () => {
    expect(taskUrgency("2026-12-31", "2027-01-01")).toBe("overdue");
  });
});

describe("orderTasks", () => {
  const task = (id: string, dueOn: string | null, createdAt = "2026-11-01T10:00:00.000Z") => ({ id, dueOn, createdAt });
  it.each([
    [
      "overdue first, then by due date, undated last",
      [task("later", "2026-12-10"), task("none", null), task("overdue", "2026-11-20"), task("today", "2026-11-26")],
      ["overdue", "today", "later", "none"],
    ],
    [
      "the same due date: the oldest item first",
      [task("new", "2026-11-20", "2026-11-15T09:00:00.000Z"), task("old", "2026-11-20", "2026-11-02T09:00:00.000Z")],
      ["old", "new"],
    ],
    [
      "undated ones: the oldest first",
      [task("b", null, "2026-11-03T00:00:00.000Z"), task("a", null, "2026-11-02T00:00:00.000Z")],
      ["a", "b"],
    ],
    ["nothing", [], []],
  ])("%s", (_name, tasks, expected) => {
    expect(orderTasks(tasks).map((t) => t.id)).toEqual(expected);
  });

  it("leaves the given list as it was", () => {
    const tasks = [task("b", "2026-12-01"), task("a", "2026-11-01")];
    orderTasks(tasks);
    expect(tasks.map((t) => t.id)).toEqual(["b", "a"]);
  });
});
