import { randomUUID } from "node:crypto";
import { TEST_PASSWORD } from "@/test/fixtures";
import { CHART_NOTE_MAX } from "@/lib/domain/chart-notes";
import { CONFIDENCE_COMMENT_MAX } from "@/lib/domain/confidence";
import { BAD_DATES, INJECTIONS, type Kind, MIB } from "./bad-input";
import type { RouteCall } from "./calls";
import { daysFrom, type Side } from "./world";

/**
 * The fields of every action's input, by kind, for the bad-input test. The
 * valid input each payload starts from is the authorization matrix's.
 */
const slug: Kind = { t: "slug" };
const id: Kind = { t: "uuid" };
const optId: Kind = { t: "uuid", optional: true };
const text = (max: number, optional = false): Kind => ({ t: "text", max, optional });
const password: Kind = { t: "text", max: 200, untrimmed: true };
const date: Kind = { t: "date" };
const optDate: Kind = { t: "date", optional: true };
const num = (optional = false, min?: number, max?: number): Kind => ({ t: "number", optional, min, max });
const version: Kind = { t: "int", min: 1 };
const oneOf = (...values: string[]): Kind => ({ t: "enum", values });
const optOneOf = (...values: string[]): Kind => ({ t: "enum", values, optional: true });
const truth = oneOf("true", "false");

const goal = {
  org: slug,
  title: text(200),
  description: text(2000, true),
  channelId: id,
  metricId: id,
  customMetricName: text(80, true),
  unit: oneOf("count", "percent", "nok", "ratio"),
  direction: oneOf("increase", "decrease"),
  baselineValue: num(true),
  baselineDate: optDate,
  targetValue: num(true),
  startDate: optDate,
  deadline: optDate,
  objectiveId: optId,
  ownerId: optId,
  priority: optOneOf("high", "medium", "low"),
  realismReason: text(1000, true),
};
/** A campaign note's fields: the text's limit is the domain rule's (lib/domain/chart-notes.ts). */
const chartNote = { body: text(CHART_NOTE_MAX), startsOn: date, endsOn: optDate };
const R = "app/[org]";
export const ACTION_FIELDS: Record<string, Record<string, Kind>> = {
  "app/actions.ts#setLanguage": { locale: oneOf("nb", "en") },
  "app/(auth)/actions.ts#signUp": {
    name: text(100),
    email: { t: "email" },
    password,
    organization: text(100, true),
    invite: text(200, true),
  },
  "app/(auth)/actions.ts#logIn": { email: text(320), password, callbackUrl: text(500, true) },
  "app/(auth)/actions.ts#resendVerificationEmail": { email: { t: "email" } },
  "app/(auth)/verify-email/actions.ts#verifyEmail": { token: text(200), invite: text(200, true) },
  "app/(auth)/forgot-password/actions.ts#requestPasswordResetLink": { email: { t: "email" } },
  "app/(auth)/reset-password/actions.ts#setNewPassword": { token: text(200), password, passwordConfirm: password },
  "app/(auth)/actions.ts#signInWithProvider": { provider: text(50), callbackUrl: text(500, true) },
  "app/(auth)/invite/actions.ts#acceptInvite": { token: text(200) },
  "app/(auth)/new-organization/actions.ts#createOrganization": { name: text(100) },
  [`${R}/account/actions.ts#changePasswordAction`]: { currentPassword: password, newPassword: password },
  [`${R}/account/actions.ts#deleteAccountAction`]: { confirm: oneOf("yes") },
  [`${R}/team/data/actions.ts#deleteOrganizationAction`]: { org: slug, confirmName: text(300) },
  [`${R}/goals/actions.ts#createGoalAction`]: { ...goal, intent: optOneOf("draft", "active") },
  [`${R}/goals/actions.ts#updateGoalAction`]: { ...goal, id, version, reason: text(500, true) },
  [`${R}/goals/actions.ts#changeGoalStatusAction`]: {
    org: slug,
    id,
    version,
    status: oneOf("draft", "active", "achieved", "missed", "archived"),
    reason: text(500, true),
    realismReason: text(1000, true),
  },
  [`${R}/goals/actions.ts#deleteDraftGoalAction`]: { org: slug, id, version },
  [`${R}/goals/actions.ts#setGoalPathAction`]: {
    org: slug,
    id,
    version,
    pathKind: oneOf("linear", "seasonal", "milestones"),
    "milestones.0.date": date,
    "milestones.0.value": num(),
  },
  [`${R}/goals/[id]/actions.ts#recordConfidenceAction`]: {
    org: slug,
    goalId: id,
    level: oneOf("high", "medium", "low"),
    comment: text(CONFIDENCE_COMMENT_MAX, true),
    meetingId: optId,
  },
  [`${R}/goals/actions.ts#metricHistoryAction`]: { org: slug, channelId: id, metricId: id },
  [`${R}/goals/objectives/actions.ts#createObjectiveAction`]: { org: slug, title: text(200), description: text(1000, true) },
  [`${R}/goals/objectives/actions.ts#updateObjectiveAction`]: { org: slug, id, title: text(200), description: text(1000, true) },
  [`${R}/goals/objectives/actions.ts#archiveObjectiveAction`]: { org: slug, id, archived: truth },
  [`${R}/team/actions.ts#inviteMember`]: {
    org: slug,
    role: oneOf("owner", "manager", "member"),
    email: { t: "email", optional: true },
    days: { t: "int", min: 1, max: 30 },
    locale: optOneOf("nb", "en"),
  },
  [`${R}/team/actions.ts#revokeInvite`]: { org: slug, id },
  [`${R}/team/actions.ts#resendInvite`]: { org: slug, id },
  [`${R}/team/actions.ts#changeMemberRole`]: { org: slug, userId: id, role: oneOf("owner", "manager", "member") },
  [`${R}/team/actions.ts#removeTeamMember`]: { org: slug, userId: id },
  [`${R}/reviews/actions.ts#scheduleMeetingAction`]: { org: slug, title: text(200), scheduledFor: date, attendeeIds: { t: "uuids" } },
  [`${R}/reviews/actions.ts#startMeetingAction`]: { org: slug, id },
  [`${R}/reviews/actions.ts#cancelMeetingAction`]: { org: slug, id },
  [`${R}/reviews/actions.ts#closeMeetingAction`]: { org: slug, id },
  [`${R}/reviews/actions.ts#setCadenceAction`]: { org: slug, cadence: oneOf("monthly", "six_weeks", "quarterly"), nextReviewOn: optDate },
  [`${R}/reviews/actions.ts#addNoteAction`]: { org: slug, meetingId: id, goalId: optId, body: text(4000) },
  [`${R}/reviews/actions.ts#addActionItemAction`]: {
    org: slug,
    meetingId: id,
    goalId: optId,
    title: text(300),
    ownerId: optId,
    dueOn: optDate,
  },
  [`${R}/reviews/action-item-actions.ts#setActionItemDoneAction`]: { org: slug, id, done: truth },
  [`${R}/reviews/actions.ts#decideGoalAction`]: {
    org: slug,
    meetingId: id,
    goalId: id,
    assessment: oneOf("on_track", "at_risk", "off_track"),
    decision: oneOf("keep", "adjust", "close_achieved", "close_missed"),
    targetValue: num(true),
    deadline: optDate,
    reason: text(500, true),
  },
  [`${R}/reviews/actions.ts#moveBudgetAction`]: {
    org: slug,
    meetingId: id,
    fromChannelId: id,
    toChannelId: id,
    month: date,
    amount: num(false, undefined, 1_000_000_000),
    reason: text(500),
  },
  [`${R}/channels/[key]/actions.ts#addChartNoteAction`]: { org: slug, channelId: id, ...chartNote },
  [`${R}/channels/[key]/actions.ts#updateChartNoteAction`]: { org: slug, id, ...chartNote },
  [`${R}/channels/[key]/actions.ts#deleteChartNoteAction`]: { org: slug, id },
  [`${R}/channels/[key]/actions.ts#chartNoteFromReviewAction`]: { org: slug, reviewNoteId: id, channelId: id },
  [`${R}/notifications/actions.ts#markNotificationsRead`]: { org: slug, id },
  [`${R}/notifications/actions.ts#setReminderEmails`]: { org: slug, on: { t: "bool" } },
  [`${R}/benchmarks/actions.ts#updateBenchmarkAction`]: {
    org: slug,
    metricId: id,
    upliftPct: num(false, -100, 1000),
    typicalGoalNb: text(200),
    typicalGoalEn: text(200),
    source: text(300),
  },
  [`${R}/benchmarks/actions.ts#resetBenchmarkAction`]: { org: slug, metricId: id },
  // Names are at most 60 characters (lib/domain/own-channels.ts); a benchmark within -100 % and 1000 %, or none.
  [`${R}/channels/own-actions.ts#createOwnChannelAction`]: {
    org: slug,
    name: text(60),
    "metrics.0.name": text(60),
    "metrics.0.type": oneOf("countTotal", "countLevel", "share", "moneyTotal", "moneyPer", "average"),
    "metrics.0.direction": oneOf("increase", "decrease"),
    "metrics.0.benchmarkPct": num(true, -100, 1000),
  },
  [`${R}/channels/own-actions.ts#renameOwnChannelAction`]: { org: slug, channelId: id, name: text(60) },
  [`${R}/channels/own-actions.ts#archiveOwnChannelAction`]: { org: slug, channelId: id, archived: truth },
  // The note limit is measurementProblems' (lib/domain/measurements.ts), the same for every way in.
  [`${R}/measurements/actions.ts#recordMeasurementAction`]: {
    org: slug,
    channelId: id,
    metricId: id,
    date,
    value: num(),
    note: text(1000, true),
    sure: optOneOf("yes"),
  },
  [`${R}/measurements/actions.ts#recordBulkAction`]: { org: slug, channelId: id, cells: { t: "cells" }, sure: optOneOf("yes") },
  [`${R}/measurements/api/actions.ts#createApiTokenAction`]: { org: slug, name: text(80) },
  [`${R}/measurements/api/actions.ts#revokeApiTokenAction`]: { org: slug, id },
  [`${R}/measurements/imports/actions.ts#undoImportAction`]: { org: slug, id },
  [`${R}/measurements/imports/actions.ts#savePresetAction`]: { org: slug, name: text(80), mapping: { t: "cells" }, header: { t: "cells" } },
  [`${R}/measurements/imports/actions.ts#updatePresetAction`]: { org: slug, id, mapping: { t: "cells" }, header: { t: "cells" } },
  [`${R}/measurements/imports/actions.ts#renamePresetAction`]: { org: slug, id, name: text(80) },
  [`${R}/measurements/imports/actions.ts#deletePresetAction`]: { org: slug, id },
};

/** Valid inputs for the public actions (the matrix has none: nothing there to refuse). */
export const PUBLIC_BASES = (marker: string): Record<string, Record<string, unknown>> => ({
  "app/actions.ts#setLanguage": { locale: "en" },
  "app/(auth)/actions.ts#signUp": {
    name: "Ny Person",
    email: `${marker.toLowerCase()}-ny@test.no`,
    password: TEST_PASSWORD,
    organization: `Ny ${marker}`,
  },
  "app/(auth)/actions.ts#logIn": { email: `${marker.toLowerCase()}-ny@test.no`, password: TEST_PASSWORD },
  "app/(auth)/actions.ts#signInWithProvider": { provider: "google" },
  "app/(auth)/actions.ts#resendVerificationEmail": { email: `${marker.toLowerCase()}-ny@test.no` },
  "app/(auth)/verify-email/actions.ts#verifyEmail": { token: "A".repeat(43) },
  "app/(auth)/forgot-password/actions.ts#requestPasswordResetLink": { email: `${marker.toLowerCase()}-ny@test.no` },
  "app/(auth)/reset-password/actions.ts#setNewPassword": { token: "A".repeat(43), password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
});

export type RoutePayload = { key: string; call: RouteCall; note: string };

const NDJSON_REFUSAL = /"type":"error"/;
/** A refusal of the CSV import: 4xx, a preview naming problems, or a commit that streamed an error. */
export function importRefused(status: number, body: string, contentType: string | null): boolean {
  if (status >= 400 && status < 500) return true;
  if (status !== 200) return false;
  // The CSV preview counts its problems; the platform-file preview lists them.
  if (contentType?.startsWith("application/json")) {
    const preview = JSON.parse(body) as { problemCount?: number; problems?: unknown[] };
    return (preview.problemCount ?? preview.problems?.length ?? 0) > 0;
  }
  return NDJSON_REFUSAL.test(body) && !body.includes('"type":"done"');
}

const isoNo = (d: string) => d.split("-").reverse().join(".");
const HEADER = "dato;kanal;måltall;verdi;notat";

/** Malformed CSV files; each has at least one row (or header) that cannot be imported, so nothing may be. */
export function badCsvFiles(a: Side): string[] {
  const good = `${isoNo(daysFrom(-3))};${a.channelKey};${a.metricKey};42;ok`;
  const row = (date: string, channel: string, metric: string, value: string, note = "") => `${date};${channel};${metric};${value};${note}`;
  const bodies = [
    "",
    "\uFEFF",
    "dato;kanal\n01.10.2026;instagram",
    "foo;bar;baz\n1;2;3",
    `${HEADER}\n"unterminated;quote`,
    // The file's own date formats are ISO and dd.mm.yyyy; these are neither, or no such day.
    ...[...BAD_DATES.filter((d) => d !== "01.10.2026"), "30.02.2026", "32.01.2026", "1.1.26"].map((d) =>
      row(d, a.channelKey, a.metricKey, "1"),
    ),
    ...["NaN", "Infinity", "-Infinity", "abc", "1e400", "1.2.3", "", "9".repeat(400)].map((v) =>
      row(isoNo(daysFrom(-2)), a.channelKey, a.metricKey, v),
    ),
    ...INJECTIONS.map((x) => row(isoNo(daysFrom(-2)), x, a.metricKey, "1")),
    row(isoNo(daysFrom(-2)), a.channelKey, '=HYPERLINK("http://x")', "1"),
    row(isoNo(daysFrom(-2)), a.channelKey, a.metricKey, "1", MIB.slice(0, 200_000)),
    row(isoNo(daysFrom(-2)), a.channelKey, a.metricKey, "1", "nul\u0000byte") + `\n${row("yesterday", a.channelKey, a.metricKey, "1")}`,
    row(isoNo(daysFrom(400)), a.channelKey, a.metricKey, "1"),
    "\u0000\u0001\u0002\u00ff\ufffd binary",
  ];
  // Every file but the header-less ones gets the header, and a valid row before the bad one: all or nothing.
  return bodies.map((b, i) => (i < 5 ? b : `${HEADER}\n${good}\n${b}\n`));
}

/** Malformed query strings and ids for the read routes. */
export function badQueries(a: Side): RoutePayload[] {
  const out: RoutePayload[] = [];
  const orgs = `http://localhost/api/orgs/${a.slug}`;
  const params = { org: a.slug };
  const ids = [
    "not-a-uuid",
    INJECTIONS[0]!,
    INJECTIONS[2]!,
    "..%2F..%2Fetc",
    MIB.slice(0, 5000),
    `${randomUUID()}x`,
    "__proto__",
    "ok\u0000ok",
  ];
  // The organization segment itself: garbage is no organization (404), never a database error.
  for (const slug of ["ok\u0000ok", INJECTIONS[0]!, MIB.slice(0, 5000), "%00", "__proto__"]) {
    out.push({
      key: "app/api/orgs/[org]/reviews/[id]/activity/route.ts#GET",
      call: { method: "GET", url: "http://localhost/api/orgs/x/reviews/y/activity", params: { org: slug, id: a.openMeetingId } },
      note: `org=${slug.slice(0, 20)}`,
    });
    out.push({
      key: "app/api/orgs/[org]/measurements/export/route.ts#GET",
      call: { method: "GET", url: "http://localhost/api/orgs/x/measurements/export", params: { org: slug } },
      note: `org=${slug.slice(0, 20)}`,
    });
  }
  for (const range of ["24m", "", "ALL", "3m;drop", "__proto__", MIB.slice(0, 5000), "-1m", "NaN"]) {
    out.push({
      key: "app/api/orgs/[org]/goals/[id]/chart/route.ts#GET",
      call: {
        method: "GET",
        url: `${orgs}/goals/${a.goalId}/chart?range=${encodeURIComponent(range)}`,
        params: { ...params, id: a.goalId },
      },
      note: `range=${range.slice(0, 20)}`,
    });
  }
  for (const badId of ids) {
    for (const [file, tail] of [
      ["goals/[id]/chart", "chart"],
      ["reviews/[id]/activity", "activity"],
      ["reviews/[id]/minutes", "minutes"],
    ] as const) {
      out.push({
        key: `app/api/orgs/[org]/${file}/route.ts#GET`,
        call: {
          method: "GET",
          url: `${orgs}/x/${encodeURIComponent(badId)}/${tail}`,
          params: { ...params, id: badId },
          headers: { "accept-language": INJECTIONS[2]! },
        },
        note: `id=${badId.slice(0, 20)}`,
      });
    }
  }
  const exportQueries = [
    ...BAD_DATES.flatMap((d) => [`from=${d}`, `to=${d}`]),
    `from=${daysFrom(-1)}&to=${daysFrom(-30)}`,
    ...INJECTIONS.map((x) => `channel=${encodeURIComponent(x)}`),
    `channel=${a.channelKey}&metric=${encodeURIComponent(INJECTIONS[0]!)}`,
  ];
  for (const q of exportQueries)
    out.push({
      key: "app/api/orgs/[org]/measurements/export/route.ts#GET",
      call: { method: "GET", url: `${orgs}/measurements/export?${q}`, params },
      note: q.slice(0, 40),
    });
  const v1Queries = [
    "",
    `channel=${a.channelKey}`,
    `metric=${a.metricKey}`,
    `channel=${"c".repeat(101)}&metric=${a.metricKey}`,
    ...BAD_DATES.flatMap((d) => [`from=${d}`, `to=${d}`].map((x) => `channel=${a.channelKey}&metric=${a.metricKey}&${x}`)),
    `channel=${a.channelKey}&metric=${a.metricKey}&from=${daysFrom(-1)}&to=${daysFrom(-30)}`,
    `channel=${a.channelKey}&metric=${a.metricKey}&from=2000-01-01`,
    ...INJECTIONS.map((x) => `channel=${encodeURIComponent(x)}&metric=${a.metricKey}`),
  ];
  for (const q of v1Queries) {
    out.push({
      key: "app/api/v1/measurements/route.ts#GET",
      call: {
        method: "GET",
        url: `http://localhost/api/v1/measurements?${q}`,
        params: {},
        headers: { authorization: `Bearer ${a.token}` },
      },
      note: q.slice(0, 40),
    });
  }
  return out;
}

/** Malformed bodies for POST /api/v1/measurements, each refused as a whole. */
export function badIngestBodies(a: Side): string[] {
  const item = { channel: a.channelKey, metric: a.metricKey, date: daysFrom(-3), value: 5, note: "ok" };
  const bad: Record<keyof typeof item, unknown[]> = {
    channel: ["", "   ", ...INJECTIONS, 42, null, {}, ["a", "b"], undefined],
    metric: ["", "c".repeat(101), ...INJECTIONS.slice(0, 3), 42, null, [a.metricKey], undefined],
    date: [...BAD_DATES, daysFrom(30), 20_260_101, null, {}, [daysFrom(-1)], undefined],
    value: ["5", "NaN", "Infinity", null, true, {}, [5], undefined],
    note: [42, {}, ["a"], "y".repeat(1001), "ok\u0000ok"],
  };
  const bodies: string[] = [];
  for (const [field, values] of Object.entries(bad)) {
    for (const value of values) {
      const one = { ...item, [field]: value };
      if (value === undefined) delete one[field as keyof typeof item];
      bodies.push(JSON.stringify(one), JSON.stringify([item, one]));
    }
  }
  const raw = JSON.stringify(item);
  bodies.push(
    "",
    "not json",
    "null",
    "42",
    '"x"',
    "[]",
    "{}",
    "[[]]",
    "[null]",
    "[1,2]",
    raw.replace('"value":5', '"value":1e400'),
    raw.replace('"value":5', '"value":-1e400'),
    raw.replace('"value":5', '"value":NaN'),
    `{"__proto__":${raw}}`,
    `[${raw},{"__proto__":{"polluted":true},"channel":"${a.channelKey}"}]`,
    `[${Array.from({ length: 1001 }, () => raw).join(",")}]`,
    `${"[".repeat(100_000)}${"]".repeat(100_000)}`,
    JSON.stringify({ ...item, note: MIB }),
    `${raw}${raw}`,
  );
  return bodies;
}
