/**
 * A review meeting's minutes as Markdown, for the download next to the
 * printable page. Pure: the words come from a translator over the
 * `reviews.minutes` messages and numbers and dates from formatters, both
 * handed in, so this file knows neither next-intl nor Intl settings.
 */
import type { MeasurePeriod, MetricKind } from "./series";
import type { ReasonValues, VerdictStatus } from "./verdict";
import { type ConfidenceLevel, confidenceFlag } from "./confidence";

export type MinutesNote = { authorName: string | null; body: string; createdAt: string };
export type MinutesActionItem = { title: string; ownerName: string | null; dueOn: string | null; doneAt: string | null };
export type MinutesAdjustment = {
  createdAt: string;
  changedByName: string | null;
  reason: string;
  changes: Record<string, { from: unknown; to: unknown }>;
};
export type MinutesSnapshot = {
  title: string;
  unit: string;
  latestValue: number | null;
  latestDate: string | null;
  targetValue: number | null;
  deadline: string | null;
  progress: number | null;
  /** The verdict's status when the meeting read it (lib/domain/verdict.ts). */
  pace: string;
  /** The verdict's reason then, raw (snapshots from before it have none). */
  reason?: { key: string; values: ReasonValues; period: MeasurePeriod; kind: MetricKind };
  /** The newest confidence check-in then (snapshots from before check-ins have no key; null: none given). */
  confidence?: { level: ConfidenceLevel; comment: string } | null;
  /** The goal channel's campaign notes in the meeting's period (lib/domain/chart-notes.ts agendaNotePeriod). */
  campaignNotes?: MinutesCampaignNote[];
};
export type MinutesCampaignNote = { body: string; startsOn: string; endsOn: string | null };
export type MinutesGoalEntry = {
  snapshot: MinutesSnapshot;
  assessment: string | null;
  decision: string | null;
  decidedByName: string | null;
  notes: MinutesNote[];
  adjustments: MinutesAdjustment[];
  actionItems: MinutesActionItem[];
};
/** Budget moved between channels in the meeting (the budgets before it are kept; after = before ∓ amount). */
export type MinutesBudgetMove = {
  month: string;
  amount: number;
  from: { nameNb: string; nameEn: string; before: number };
  to: { nameNb: string; nameEn: string; before: number | null };
  reason: string;
  movedByName: string | null;
  createdAt: string;
};
/** What lib/data's meetingMinutes returns, as far as the document needs it. */
export type MinutesDocument = {
  meeting: {
    title: string;
    scheduledFor: string;
    closedAt: Date | string | null;
    closedByName: string | null;
    attendees: { name: string }[];
  };
  draft: boolean;
  goals: MinutesGoalEntry[];
  generalNotes: MinutesNote[];
  generalActionItems: MinutesActionItem[];
  /** None, or left out, for someone who does not see money. */
  budgetMoves?: MinutesBudgetMove[];
};

/** A translator over the `reviews.minutes` messages. */
export type MinutesTranslate = (key: string, values?: Record<string, string | number>) => string;
export type MinutesFormat = {
  value: (unit: string, value: number) => string;
  share: (share: number) => string;
  /** A calendar date, YYYY-MM-DD. */
  date: (isoDate: string) => string;
  /** The organization's calendar date of a moment (an ISO timestamp). */
  day: (moment: string) => string;
  /** The organization's date and time of a moment (an ISO timestamp). */
  dateTime: (moment: string) => string;
  /** An amount in kroner (øre only when it has them). */
  money: (amount: number) => string;
  /** A month, from its first day (YYYY-MM-DD). */
  month: (isoDate: string) => string;
  /** A channel's name in the reader's language. */
  channel: (c: { nameNb: string; nameEn: string }) => string;
  /** The verdict's reason as a sentence in the goal's unit. */
  reason?: (unit: string, reason: NonNullable<MinutesSnapshot["reason"]>) => string;
};

// Characters that start inline Markdown anywhere in a line: emphasis, code,
// links and images, HTML and entities, tables, strikethrough, headings.
const INLINE = /[\\`*_[\]<>|~&#]/g;

/**
 * One line of someone's text, made inert: no heading, quote, list, rule,
 * code, link or HTML can come out of it, and it reads the same.
 */
export function escapeMarkdownLine(line: string): string {
  return line
    .trim()
    .replace(INLINE, "\\$&")
    .replace(/^([>+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** A title or a name on one line. */
function inline(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, " "));
}

/**
 * Someone's text over several lines, kept as they wrote it: a line break is a
 * hard break, an empty line a new paragraph, each continuation indented so it
 * stays inside the list item it belongs to.
 */
function block(text: string, indent: string): string {
  const paragraphs = text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine)
    .join("\n")
    .split(/\n{2,}/)
    .map((p) => p.split("\n").filter(Boolean))
    .filter((p) => p.length);
  return paragraphs.map((p) => p.join(`  \n${indent}`)).join(`\n\n${indent}`);
}

const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const momentIso = (moment: Date | string) => (typeof moment === "string" ? moment : moment.toISOString());

/** One changed field's value in words: a target in the goal's unit, a date, a status. */
function changeValue(field: string, raw: unknown, unit: string, t: MinutesTranslate, f: MinutesFormat): string {
  if (raw == null || raw === "") return "—";
  if (field === "targetValue" && typeof raw === "number") return f.value(unit, raw);
  if (field === "deadline" && typeof raw === "string") return f.date(raw);
  if (field === "status" && typeof raw === "string") return t(`goalStatus.${raw}`);
  // Revisions store plain JSON scalars; anything else is shown as its JSON.
  return inline(typeof raw === "string" ? raw : JSON.stringify(raw));
}

const KNOWN_FIELDS = ["targetValue", "deadline", "status"];

/** "Target 130 → 120, deadline 26 Feb 2027 → 14 Jun 2027" (shared by the page and the download). */
export function describeAdjustment(changes: MinutesAdjustment["changes"], unit: string, t: MinutesTranslate, f: MinutesFormat): string {
  const parts = KNOWN_FIELDS.filter((field) => changes[field]).map((field) =>
    t("change", {
      field: t(`fields.${field}`),
      from: changeValue(field, changes[field]!.from, unit, t, f),
      to: changeValue(field, changes[field]!.to, unit, t, f),
    }),
  );
  return capitalize(parts.join(", "));
}

/** The closing line: "Closed on 26 Nov 2026 by Kari" (null while the meeting is open). */
export function closedLine(
  meeting: MinutesDocument["meeting"],
  t: MinutesTranslate,
  f: MinutesFormat,
  name: (n: string) => string = (n) => n,
): string | null {
  if (!meeting.closedAt) return null;
  const date = f.day(momentIso(meeting.closedAt));
  return meeting.closedByName ? t("closed", { date, name: name(meeting.closedByName) }) : t("closedNoName", { date });
}

function actionItemLine(item: MinutesActionItem, t: MinutesTranslate, f: MinutesFormat): string {
  const details = [item.ownerName ? t("owner", { name: inline(item.ownerName) }) : t("noOwner")];
  if (item.dueOn) details.push(t("due", { date: f.date(item.dueOn) }));
  if (item.doneAt) details.push(t("doneOn", { date: f.day(item.doneAt) }));
  return `- [${item.doneAt ? "x" : " "}] ${inline(item.title)} — ${details.join(", ")}`;
}

function noteLine(note: MinutesNote, t: MinutesTranslate, f: MinutesFormat): string {
  return `- **${inline(note.authorName ?? t("someone"))}** (${f.dateTime(note.createdAt)}): ${block(note.body, "  ")}`;
}

/** "low — «comment»", with a warning when a low confidence meets an on-track verdict. */
function confidenceText(confidence: NonNullable<MinutesSnapshot["confidence"]> | null, pace: string, t: MinutesTranslate): string {
  if (!confidence) return t("noConfidence");
  // A snapshot's pace is a verdict status it kept; one this version does not know is simply not "on_track".
  const flag = confidenceFlag(confidence.level, pace as VerdictStatus);
  const comment = confidence.comment.trim() ? ` — ${inline(confidence.comment)}` : "";
  return `${t(`confidenceLevels.${confidence.level}`)}${comment}${flag ? ` (${t("confidenceFlag")})` : ""}`;
}

function campaignNoteLine(note: MinutesCampaignNote, f: MinutesFormat): string {
  const when = note.endsOn && note.endsOn !== note.startsOn ? `${f.date(note.startsOn)} – ${f.date(note.endsOn)}` : f.date(note.startsOn);
  return `- ${when}: ${inline(note.body)}`;
}

function goalSection(goal: MinutesGoalEntry, t: MinutesTranslate, f: MinutesFormat): string[] {
  const s = goal.snapshot;
  const value = (v: number) => f.value(s.unit, v);
  let latest = t("noValue");
  if (s.latestValue != null) {
    latest =
      s.targetValue != null ? t("valueVsTarget", { latest: value(s.latestValue), target: value(s.targetValue) }) : value(s.latestValue);
    if (s.latestDate) latest += ` (${t("measuredOn", { date: f.date(s.latestDate) })})`;
  } else if (s.targetValue != null) {
    latest += ` (${t("targetIs", { target: value(s.targetValue) })})`;
  }
  const decision = goal.decision
    ? t(`decisions.${goal.decision}`) + (goal.decidedByName ? ` (${t("decidedBy", { name: inline(goal.decidedByName) })})` : "")
    : t("notDecided");
  const lines = [
    `### ${inline(s.title)}`,
    "",
    `- **${t("pace")}:** ${t(`paceLabel.${s.pace}`)}${s.reason && f.reason ? ` — ${f.reason(s.unit, s.reason)}` : ""}`,
    ...(s.confidence !== undefined ? [`- **${t("confidence")}:** ${confidenceText(s.confidence, s.pace, t)}`] : []),
    `- **${t("progress")}:** ${s.progress != null ? f.share(s.progress) : "—"}`,
    `- **${t("latest")}:** ${latest}`,
    `- **${t("deadline")}:** ${s.deadline ? f.date(s.deadline) : t("noDeadline")}`,
    `- **${t("assessment")}:** ${goal.assessment ? t(`assessments.${goal.assessment}`) : t("notAssessed")}`,
    `- **${t("decision")}:** ${decision}`,
  ];
  if (goal.adjustments.length) {
    lines.push("", `#### ${t("adjustments")}`, "");
    for (const a of goal.adjustments) {
      const reason = a.reason.trim() ? ` — ${t("reason", { reason: block(a.reason, "  ") })}` : "";
      const byline = t("byline", { name: inline(a.changedByName ?? t("someone")), date: f.day(a.createdAt) });
      lines.push(`- ${describeAdjustment(a.changes, s.unit, t, f)}${reason} (${byline})`);
    }
  }
  if (s.campaignNotes?.length) lines.push("", `#### ${t("campaignNotes")}`, "", ...s.campaignNotes.map((n) => campaignNoteLine(n, f)));
  if (goal.notes.length) lines.push("", `#### ${t("notes")}`, "", ...goal.notes.map((n) => noteLine(n, t, f)));
  if (goal.actionItems.length) lines.push("", `#### ${t("actionItems")}`, "", ...goal.actionItems.map((a) => actionItemLine(a, t, f)));
  return lines;
}

const kroner = (ore: number) => ore / 100;

/** "2 000 kr of the December 2026 budget from Google Ads to Facebook" and the budgets before and after (the page and the download). */
export function describeBudgetMove(move: MinutesBudgetMove, t: MinutesTranslate, f: MinutesFormat): { move: string; budgets: string } {
  const ore = Math.round(move.amount * 100);
  const fromAfter = kroner(Math.round(move.from.before * 100) - ore);
  const toAfter = kroner(Math.round((move.to.before ?? 0) * 100) + ore);
  const from = f.channel(move.from);
  const to = f.channel(move.to);
  return {
    move: t("budgetMove", { amount: f.money(move.amount), month: f.month(move.month), from, to }),
    budgets: t("budgetMoveBudgets", {
      from,
      to,
      fromBefore: f.money(move.from.before),
      fromAfter: f.money(fromAfter),
      toBefore: move.to.before === null ? t("noBudget") : f.money(move.to.before),
      toAfter: f.money(toAfter),
    }),
  };
}

function budgetMoveLine(move: MinutesBudgetMove, t: MinutesTranslate, f: MinutesFormat): string {
  const text = describeBudgetMove(move, t, f);
  const byline = t("byline", { name: inline(move.movedByName ?? t("someone")), date: f.day(move.createdAt) });
  return `- ${inline(text.move)} (${inline(text.budgets)}) — ${t("reason", { reason: block(move.reason, "  ") })} (${byline})`;
}

/** The whole minutes as one Markdown document, ending with a newline. */
export function minutesMarkdown(minutes: MinutesDocument, t: MinutesTranslate, f: MinutesFormat): string {
  const { meeting } = minutes;
  const lines = [`# ${t("documentTitle", { title: inline(meeting.title) })}`, ""];
  if (minutes.draft) lines.push(`> **${t("draftLabel")}:** ${t("draftBody")}`, "");
  lines.push(`- **${t("meetingDate")}:** ${f.date(meeting.scheduledFor)}`);
  const closed = closedLine(meeting, t, f, inline);
  lines.push(`- **${t("status")}:** ${closed ?? t("notClosed")}`, "");

  lines.push(`## ${t("attendees")}`, "");
  if (meeting.attendees.length) lines.push(...meeting.attendees.map((a) => `- ${inline(a.name)}`));
  else lines.push(t("noAttendees"));

  lines.push("", `## ${t("goals")}`, "");
  if (minutes.goals.length) minutes.goals.forEach((g, i) => lines.push(...(i ? [""] : []), ...goalSection(g, t, f)));
  else lines.push(t("noGoals"));

  if (minutes.budgetMoves?.length) lines.push("", `## ${t("budgetMoves")}`, "", ...minutes.budgetMoves.map((m) => budgetMoveLine(m, t, f)));

  lines.push("", `## ${t("other")}`, "", `### ${t("otherNotes")}`, "");
  if (minutes.generalNotes.length) lines.push(...minutes.generalNotes.map((n) => noteLine(n, t, f)));
  else lines.push(t("noOtherNotes"));
  lines.push("", `### ${t("otherActionItems")}`, "");
  if (minutes.generalActionItems.length) lines.push(...minutes.generalActionItems.map((a) => actionItemLine(a, t, f)));
  else lines.push(t("noOtherActionItems"));

  return `${lines.join("\n")}\n`;
}
