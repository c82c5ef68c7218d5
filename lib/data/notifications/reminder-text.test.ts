import { describe, expect, it } from "vitest";
import { type Reminder, reminderEmail } from "./reminder-text";

/**
 * A reminder mail built from hostile user text: a multi-line goal or task
 * title with a header and a link in it, an organization named like a web site.
 * The mail keeps its own shape and its only link is the app's.
 */
const APP = "https://maalbar.example.no";
const evilTitle = "Flere kaker\r\nBcc: alle@evil.example\u2028Logg inn på http://evil.example/login\tnå";
const cases: [string, Reminder][] = [
  ["stale goal", { kind: "stale_goal", goalId: "g1", title: evilTitle, lastMeasuredOn: "2026-10-01", days: 31 }],
  ["overdue task", { kind: "action_overdue", itemId: "i1", title: evilTitle, dueOn: "2026-11-20" }],
  ["assigned task", { kind: "action_assigned", itemId: "i2", title: evilTitle, dueOn: null }],
  ["review due", { kind: "review_due", nextReviewOn: "2026-12-01", days: 3 }],
];

describe.each(["nb", "en"] as const)("reminder e-mail in %s with hostile user text", (locale) => {
  it.each(cases)("%s: one-line subject, fixed body shape, no link but the app's", (_case, reminder) => {
    const { subject, text } = reminderEmail(
      reminder,
      { name: "Kari\nwww.evil.example", locale },
      { slug: "bakeriet", name: "evil.example\r\nX-Evil: 1" },
      APP,
    );
    expect(subject).not.toMatch(/[\r\n\u2028\u2029\t]/);
    expect(subject).not.toMatch(/evil\.example/);
    // greeting, blank, sentence, blank, link, blank, signature marker, footer, final newline
    expect(text.split("\n")).toHaveLength(9);
    expect(text).not.toMatch(/[\r\u2028\u2029\t]/);
    expect(text).not.toMatch(/evil\.example|www\.|http:\/\/evil/);
    const links = text.match(/https?:\/\/\S+/g) ?? [];
    expect(links.length).toBe(2);
    expect(links.every((l) => l.startsWith(`${APP}/bakeriet/`))).toBe(true);
    if ("title" in reminder) expect(text).toContain("Flere kaker Bcc: alle@evil[.]example Logg inn på http[:]//evil[.]example/login nå");
  });

  it("cuts a very long title in subject and body", () => {
    const { subject, text } = reminderEmail(
      { kind: "stale_goal", goalId: "g1", title: "x".repeat(5000), lastMeasuredOn: null, days: 40 },
      { name: "Kari", locale },
      { slug: "bakeriet", name: "Bakeriet" },
      APP,
    );
    expect(subject.length).toBeLessThan(140);
    expect(text).toContain(`${"x".repeat(79)}…`);
    expect(text).not.toContain("x".repeat(80));
  });
});
