/**
 * Campaign notes on charts: a dated note on a channel ("Morsdagskampanje
 * startet"), optionally lasting until an end date, shown as a marker on every
 * chart of the channel (docs/DOMAIN-RULES.md, "Campaign notes"). Pure.
 */
import { addDays, compareDates, dateProblem } from "./dates";

/** A note is a label on a chart: a line, not a paragraph. */
export const CHART_NOTE_MAX = 120;
/** With no earlier meeting, the agenda lists the notes of this many days before the meeting. */
const AGENDA_NOTE_LOOKBACK_DAYS = 90;

export type ChartNoteInput = { body: string; startsOn: string; endsOn: string | null };
export type ChartNoteProblems = Partial<Record<"body" | "startsOn" | "endsOn", string[]>>;

/** What is wrong with a note, per field, as message keys; empty when it can be saved. */
export function chartNoteProblems(input: ChartNoteInput): ChartNoteProblems {
  const problems: ChartNoteProblems = {};
  const body = input.body.trim();
  if (!body) problems.body = ["chartNotes.errors.bodyRequired"];
  else if (body.length > CHART_NOTE_MAX) problems.body = ["chartNotes.errors.bodyTooLong"];
  const start = dateProblem(input.startsOn);
  if (start) problems.startsOn = [start];
  if (input.endsOn) {
    const end = dateProblem(input.endsOn);
    if (end) problems.endsOn = [end];
    else if (!start && compareDates(input.endsOn, input.startsOn) < 0) problems.endsOn = ["chartNotes.errors.endBeforeStart"];
  }
  return problems;
}

type Dated = { startsOn: string; endsOn: string | null };

/** Whether a note (its day, or its days up to the end date) touches `from`–`to`, both included. */
export function noteOverlaps(note: Dated, from: string, to: string): boolean {
  return compareDates(note.startsOn, to) <= 0 && compareDates(note.endsOn ?? note.startsOn, from) >= 0;
}

/**
 * The days whose campaign notes a meeting's agenda lists: from the day after
 * the previous meeting (or AGENDA_NOTE_LOOKBACK_DAYS before) up to the meeting's day.
 */
export function agendaNotePeriod(previousMeetingOn: string | null, meetingOn: string): { from: string; to: string } {
  const from = previousMeetingOn ? addDays(previousMeetingOn, 1) : addDays(meetingOn, -AGENDA_NOTE_LOOKBACK_DAYS);
  return { from: from ?? meetingOn, to: meetingOn };
}

/** The author edits and deletes their own note; anyone holding `chartNote.editAny` (managers) any note. */
export function mayEditChartNote(userId: string, authorId: string | null, anyNote: boolean): boolean {
  return anyNote || (authorId !== null && authorId === userId);
}

/** A review note made into a chart note: its first line, cut to CHART_NOTE_MAX at a word where it can be. */
export function chartNoteFromReviewNote(body: string): string {
  const line = body
    .trim()
    .split(/\r\n|\r|\n/)[0]!
    .trim();
  if (line.length <= CHART_NOTE_MAX) return line;
  const cut = line.slice(0, CHART_NOTE_MAX - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > CHART_NOTE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
