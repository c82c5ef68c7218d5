import { randomUUID } from "node:crypto";
import { eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { organizations, sessions } from "@/db/schema";
import type { Permission, Role } from "@/lib/domain/permissions";
import type { RouteCall } from "@/test/security/calls";
import {
  freshActionItem,
  freshChartNote,
  freshGoal,
  freshImport,
  freshInvitation,
  freshMailedInvitation,
  freshMeeting,
  freshObjective,
  freshPreset,
  freshMeasurement,
  freshOneOffCost,
  freshOwnChannel,
  freshOrganization,
  freshToken,
  freshBudgetMove,
} from "@/test/security/targets";
import { importSheet } from "@/test/security/imports-world";
import { TEST_PASSWORD } from "@/test/fixtures";
import { addPerson, daysFrom, goalFormFields, outsider, type Side, SOON_ENOUGH } from "./world";

/**
 * Who may call each server action and route handler. Every entry point the
 * discovery finds must have an entry (authz-matrix.int.test.ts fails
 * otherwise), and every entry builds a call that succeeds for the allowed
 * role against organization A's data: the test proves it, then proves that
 * anonymous callers, lower roles and organization B are refused.
 */
type Input = Record<string, unknown>;

export type ActionEntry = {
  minRole: Role | "user";
  /** The permission the entry point asks for (lib/domain/permissions.ts); none for "user". */
  permission?: Permission;
  input: (a: Side) => Input | Promise<Input>;
  /** Who makes the call that must succeed; A's person of minRole by default. */
  actor?: (a: Side) => string | Promise<string>;
  /** Rows the call writes outside organizations A and B (it must write none when refused). */
  probe?: (input: Input) => Promise<number>;
  /** Lower roles refused as if the data did not exist (errors.notFound, not errors.forbidden): money, for who does not see it. */
  hiddenFrom?: Role[];
};
export type RouteEntry = {
  minRole: Role;
  /** The permission the route asks for; none for a bearer-token route. */
  permission?: Permission;
  /** The bearer token is the credential (the session is never read); the default is the session. */
  credential?: "bearer";
  call: (a: Side) => RouteCall | Promise<RouteCall>;
  /** Whether the allowed call did its work (default: a 2xx status). */
  succeeded?: (status: number, body: string) => boolean;
  /** Whether an answer is a refusal (default: a 4xx status). */
  refused?: (status: number, body: string) => boolean;
};
export type PublicEntry = { minRole: "public"; reason: string };
export type Entry = ActionEntry | RouteEntry | PublicEntry;

const goalFields = (a: Side) => goalFormFields(a.slug, a, "Nytt mål");
const isoToNorwegian = (d: string) => d.split("-").reverse().join(".");
const orgUrl = (a: Side, rest: string) => `http://localhost/api/orgs/${a.slug}/${rest}`;
const get = (url: string, params: Record<string, string>): RouteCall => ({ method: "GET", url, params });
const bearer = (a: Side) => ({ authorization: `Bearer ${a.token}`, "content-type": "application/json" });

const A = "app/[org]";
export const MATRIX: Record<string, Entry> = {
  // Public by design: signing up, in and out, and the language switch act on the caller alone.
  "app/actions.ts#setLanguage": {
    minRole: "public",
    reason: "switches the interface language (a cookie, and the caller's own setting when signed in); names no organization",
  },
  "app/(auth)/actions.ts#signUp": {
    minRole: "public",
    reason:
      "creates a new, unverified person and their own organization, or joins through an invitation token (the token is the credential); the same answer for a registered address, throttled per client address",
  },
  "app/(auth)/actions.ts#logIn": {
    minRole: "public",
    reason: "the login form: checks the password (throttled in lib/auth) and names no organization",
  },
  "app/(auth)/actions.ts#resendVerificationEmail": {
    minRole: "public",
    reason:
      "mails a fresh verification link to an unverified account at the typed address; the same answer for every address, throttled per client address and per address",
  },
  "app/(auth)/verify-email/actions.ts#verifyEmail": {
    minRole: "public",
    reason: "uses the one-time link from the verification mail (the token is the credential); marks only that token's person verified",
  },
  "app/(auth)/actions.ts#logOut": { minRole: "public", reason: "ends the caller's own session" },
  "app/(auth)/forgot-password/actions.ts#requestPasswordResetLink": {
    minRole: "public",
    reason:
      '"forgot password?": mails a reset link to the account at the typed address, if any; the same answer for every address, throttled per client address and per address',
  },
  "app/(auth)/reset-password/actions.ts#setNewPassword": {
    minRole: "public",
    reason:
      "sets a new password from the reset mail's one-time link (the token is the credential); changes only that token's person and names no organization",
  },
  "app/(auth)/login/unblock/actions.ts#trustThisBrowser": {
    minRole: "public",
    reason:
      "the attack warning's link: the one-time token is the credential; it only marks the caller's own browser as recognised and signs nobody in",
  },
  "app/(auth)/actions.ts#signInWithProvider": {
    minRole: "public",
    reason: "starts an OAuth sign-in with a provider the environment switched on",
  },
  "app/api/auth/[...nextauth]/route.ts#GET": {
    minRole: "public",
    reason: "NextAuth's own endpoints (CSRF, session, OAuth callbacks); they carry no tenant data",
  },
  "app/api/auth/[...nextauth]/route.ts#POST": {
    minRole: "public",
    reason: "NextAuth's own endpoints (sign-in, sign-out, OAuth callbacks); they carry no tenant data",
  },
  "app/api/health/route.ts#GET": {
    minRole: "public",
    reason: "liveness/readiness for the load balancer: answers ok or unavailable, no data",
  },

  "app/(auth)/invite/actions.ts#acceptInvite": {
    minRole: "user",
    input: async (a) => ({ token: (await freshInvitation(a)).token }),
    actor: () => outsider(),
  },
  "app/(auth)/new-organization/actions.ts#createOrganization": {
    minRole: "user",
    input: (a) => ({ name: `Ny bedrift ${a.marker}` }),
    actor: () => outsider(),
    probe: (input) => getDb().$count(organizations, eq(organizations.name, String(input.name))),
  },

  // The caller's own password; the actor is a fresh person, so A's people keep their sessions.
  [`${A}/account/actions.ts#changePasswordAction`]: {
    minRole: "user",
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: "et-nytt-og-langt-passord-2026" }),
    actor: () => outsider(TEST_PASSWORD),
  },
  // The caller's own sessions, all of them ended; a fresh person, so A's people stay signed in.
  [`${A}/account/actions.ts#logOutEverywhereAction`]: {
    minRole: "user",
    input: () => ({}),
    actor: () => outsider(),
    probe: () => getDb().$count(sessions, isNotNull(sessions.revokedAt)),
  },

  // The caller's own account, deleted; a fresh person who owns nothing, so A's people stay.
  [`${A}/account/actions.ts#deleteAccountAction`]: {
    minRole: "user",
    input: () => ({ confirm: "yes" }),
    actor: () => outsider(),
  },

  // Owners only. The control deletes a second organization of A's people (same roles), never A itself.
  [`${A}/team/data/actions.ts#deleteOrganizationAction`]: {
    minRole: "owner",
    permission: "org.delete",
    input: async (a) => {
      const org = await freshOrganization(a);
      return { org: org.slug, confirmName: org.name };
    },
  },

  [`${A}/goals/actions.ts#createGoalAction`]: {
    minRole: "manager",
    permission: "goal.write",
    input: (a) => ({ ...goalFields(a), intent: "draft" }),
  },
  [`${A}/goals/actions.ts#updateGoalAction`]: {
    minRole: "manager",
    permission: "goal.write",
    input: async (a) => ({ ...goalFields(a), id: await freshGoal(a, "draft"), version: "1", reason: "" }),
  },
  [`${A}/goals/actions.ts#changeGoalStatusAction`]: {
    minRole: "manager",
    permission: "goal.write",
    input: async (a) => ({ org: a.slug, id: await freshGoal(a, "active"), version: "1", status: "archived", reason: "" }),
  },
  [`${A}/goals/actions.ts#deleteDraftGoalAction`]: {
    minRole: "manager",
    permission: "goal.write",
    input: async (a) => ({ org: a.slug, id: await freshGoal(a, "draft"), version: "1" }),
  },
  [`${A}/goals/actions.ts#metricHistoryAction`]: {
    minRole: "member",
    permission: "org.view",
    input: (a) => ({ org: a.slug, channelId: a.channelId, metricId: a.metricId }),
  },
  [`${A}/goals/actions.ts#setGoalPathAction`]: {
    minRole: "manager",
    permission: "goal.write",
    input: async (a) => ({
      org: a.slug,
      id: await freshGoal(a, "active"),
      version: "1",
      pathKind: "milestones",
      "milestones.0.date": daysFrom(10),
      "milestones.0.value": "160",
    }),
  },
  [`${A}/goals/actions.ts#setMeasurePeriodAction`]: {
    minRole: "manager",
    permission: "goal.write",
    input: (a) => ({ org: a.slug, period: "month" }),
  },
  // The goal's owner (A's member owns A's goal) records its confidence; managers may for any goal.
  [`${A}/goals/[id]/actions.ts#recordConfidenceAction`]: {
    minRole: "member",
    permission: "confidence.record",
    input: (a) => ({ org: a.slug, goalId: a.goalId, level: "medium", comment: "Ganske trygg" }),
  },
  [`${A}/channels/[key]/actions.ts#addChartNoteAction`]: {
    minRole: "member",
    permission: "chartNote.write",
    input: (a) => ({ org: a.slug, channelId: a.channelId, body: "Nyhetsbrev sendt", startsOn: daysFrom(-3), endsOn: "" }),
  },
  // The note's author is A's member.
  [`${A}/channels/[key]/actions.ts#updateChartNoteAction`]: {
    minRole: "member",
    permission: "chartNote.write",
    input: async (a) => ({ org: a.slug, id: await freshChartNote(a), body: "Ny nettside", startsOn: daysFrom(-4), endsOn: "" }),
  },
  [`${A}/channels/[key]/actions.ts#deleteChartNoteAction`]: {
    minRole: "member",
    permission: "chartNote.write",
    input: async (a) => ({ org: a.slug, id: await freshChartNote(a) }),
  },
  [`${A}/channels/[key]/actions.ts#chartNoteFromReviewAction`]: {
    minRole: "member",
    permission: "chartNote.write",
    input: (a) => ({ org: a.slug, reviewNoteId: a.noteId, channelId: a.channelId }),
  },
  [`${A}/goals/objectives/actions.ts#createObjectiveAction`]: {
    minRole: "manager",
    permission: "objective.write",
    input: (a) => ({ org: a.slug, title: "Flere kunder", description: "" }),
  },
  [`${A}/goals/objectives/actions.ts#updateObjectiveAction`]: {
    minRole: "manager",
    permission: "objective.write",
    input: async (a) => ({ org: a.slug, id: await freshObjective(a), title: "Nytt navn", description: "" }),
  },
  [`${A}/goals/objectives/actions.ts#archiveObjectiveAction`]: {
    minRole: "manager",
    permission: "objective.write",
    input: async (a) => ({ org: a.slug, id: await freshObjective(a), archived: "true" }),
  },

  [`${A}/team/actions.ts#inviteMember`]: {
    minRole: "owner",
    permission: "team.manage",
    input: (a) => ({ org: a.slug, role: "member", email: "", days: "7" }),
  },
  [`${A}/team/actions.ts#revokeInvite`]: {
    minRole: "owner",
    permission: "team.manage",
    input: async (a) => ({ org: a.slug, id: (await freshInvitation(a)).id }),
  },
  [`${A}/team/actions.ts#resendInvite`]: {
    minRole: "owner",
    permission: "team.manage",
    input: async (a) => ({ org: a.slug, id: await freshMailedInvitation(a) }),
  },
  [`${A}/team/actions.ts#changeMemberRole`]: {
    minRole: "owner",
    permission: "team.manage",
    input: async (a) => ({ org: a.slug, userId: await addPerson(a, "member"), role: "manager" }),
  },
  [`${A}/team/actions.ts#removeTeamMember`]: {
    minRole: "owner",
    permission: "team.manage",
    input: async (a) => ({ org: a.slug, userId: await addPerson(a, "member") }),
  },

  [`${A}/reviews/actions.ts#scheduleMeetingAction`]: {
    minRole: "manager",
    permission: "review.run",
    input: (a) => ({ org: a.slug, title: "Månedsmøtet", scheduledFor: daysFrom(SOON_ENOUGH + 2), attendeeIds: [a.memberId] }),
  },
  [`${A}/reviews/actions.ts#startMeetingAction`]: {
    minRole: "manager",
    permission: "review.run",
    input: async (a) => ({ org: a.slug, id: await freshMeeting(a, "scheduled") }),
  },
  [`${A}/reviews/actions.ts#cancelMeetingAction`]: {
    minRole: "manager",
    permission: "review.run",
    input: async (a) => ({ org: a.slug, id: await freshMeeting(a, "scheduled") }),
  },
  [`${A}/reviews/actions.ts#closeMeetingAction`]: {
    minRole: "manager",
    permission: "review.run",
    input: async (a) => ({ org: a.slug, id: await freshMeeting(a, "open") }),
  },
  [`${A}/reviews/actions.ts#setCadenceAction`]: {
    minRole: "manager",
    permission: "review.run",
    input: (a) => ({ org: a.slug, cadence: "quarterly", nextReviewOn: daysFrom(SOON_ENOUGH + 3) }),
  },
  [`${A}/reviews/actions.ts#addNoteAction`]: {
    minRole: "member",
    permission: "review.contribute",
    input: (a) => ({ org: a.slug, meetingId: a.openMeetingId, goalId: a.goalId, body: "Et notat" }),
  },
  [`${A}/reviews/actions.ts#addActionItemAction`]: {
    minRole: "member",
    permission: "review.contribute",
    input: (a) => ({
      org: a.slug,
      meetingId: a.openMeetingId,
      goalId: a.goalId,
      title: "En oppgave",
      ownerId: a.memberId,
      dueOn: daysFrom(SOON_ENOUGH),
    }),
  },
  [`${A}/reviews/action-item-actions.ts#setActionItemDoneAction`]: {
    minRole: "member",
    permission: "review.contribute",
    input: async (a) => ({ org: a.slug, id: await freshActionItem(a), done: "true" }),
  },
  [`${A}/reviews/actions.ts#decideGoalAction`]: {
    minRole: "manager",
    permission: "review.run",
    input: async (a) => ({
      org: a.slug,
      meetingId: await freshMeeting(a, "open"),
      goalId: a.goalId,
      assessment: "on_track",
      decision: "keep",
    }),
  },

  [`${A}/notifications/actions.ts#markNotificationsRead`]: {
    minRole: "member",
    permission: "notification.manageOwn",
    input: (a) => ({ org: a.slug, id: a.notificationId }),
  },
  [`${A}/notifications/actions.ts#setReminderEmails`]: {
    minRole: "member",
    permission: "notification.manageOwn",
    input: (a) => ({ org: a.slug, on: "false" }),
  },
  // Money (issue 17): organization A keeps the default, money seen by owners and managers, so a member is
  // refused as if there were no money at all.
  [`${A}/channels/actions.ts#setBudgetAction`]: {
    minRole: "manager",
    permission: "money.manage",
    hiddenFrom: ["member"],
    input: (a) => ({ org: a.slug, channelId: a.channelId, month: daysFrom(0).slice(0, 7), amount: "12 000" }),
  },
  [`${A}/channels/actions.ts#addOneOffCostAction`]: {
    minRole: "manager",
    permission: "money.manage",
    hiddenFrom: ["member"],
    input: (a) => ({ org: a.slug, channelId: a.channelId, date: daysFrom(-2), amount: "12 000", note: "Influencerkampanje" }),
  },
  [`${A}/channels/actions.ts#deleteOneOffCostAction`]: {
    minRole: "manager",
    permission: "money.manage",
    hiddenFrom: ["member"],
    input: async (a) => ({ org: a.slug, id: await freshOneOffCost(a) }),
  },
  [`${A}/channels/actions.ts#setResultMetricsAction`]: {
    minRole: "manager",
    permission: "money.manage",
    hiddenFrom: ["member"],
    input: (a) => ({ org: a.slug, channelId: a.channelId, metricIds: [a.metricId] }),
  },
  [`${A}/channels/actions.ts#setMoneyVisibilityAction`]: {
    minRole: "owner",
    permission: "money.visibility",
    hiddenFrom: ["member"],
    input: (a) => ({ org: a.slug, moneyVisibility: "managers" }),
  },
  [`${A}/channels/actions.ts#setVatModeAction`]: {
    minRole: "manager",
    permission: "money.manage",
    hiddenFrom: ["member"],
    input: (a) => ({ org: a.slug, vatMode: "excluding" }),
  },
  [`${A}/reviews/actions.ts#moveBudgetAction`]: {
    minRole: "manager",
    permission: "money.manage",
    hiddenFrom: ["member"],
    input: async (a) => ({ org: a.slug, ...(await freshBudgetMove(a)) }),
  },
  // An organization's own channels (issue 19.8).
  [`${A}/channels/own-actions.ts#createOwnChannelAction`]: {
    minRole: "manager",
    permission: "channel.manage",
    input: (a) => ({
      org: a.slug,
      name: `TikTok ${randomUUID().slice(0, 8)}`,
      "metrics.0.name": "Følgere",
      "metrics.0.type": "countLevel",
      "metrics.0.direction": "increase",
      "metrics.0.benchmarkPct": "15",
      "metrics.1.name": "Visninger",
      "metrics.1.type": "countTotal",
      "metrics.1.direction": "increase",
      "metrics.1.benchmarkPct": "",
    }),
  },
  [`${A}/channels/own-actions.ts#renameOwnChannelAction`]: {
    minRole: "manager",
    permission: "channel.manage",
    input: async (a) => ({ org: a.slug, channelId: await freshOwnChannel(a), name: `Lokalavisa ${randomUUID().slice(0, 8)}` }),
  },
  [`${A}/channels/own-actions.ts#archiveOwnChannelAction`]: {
    minRole: "manager",
    permission: "channel.manage",
    input: async (a) => ({ org: a.slug, channelId: await freshOwnChannel(a), archived: "true" }),
  },
  [`${A}/benchmarks/actions.ts#updateBenchmarkAction`]: {
    minRole: "manager",
    permission: "benchmark.write",
    input: (a) => ({
      org: a.slug,
      metricId: a.metricId,
      upliftPct: "17,5",
      typicalGoalNb: "Mer",
      typicalGoalEn: "More",
      source: "Egne tall",
    }),
  },
  [`${A}/benchmarks/actions.ts#resetBenchmarkAction`]: {
    minRole: "manager",
    permission: "benchmark.write",
    input: (a) => ({ org: a.slug, metricId: a.metricId }),
  },
  [`${A}/measurements/actions.ts#recordMeasurementAction`]: {
    minRole: "member",
    permission: "measurement.record",
    input: (a) => ({ org: a.slug, channelId: a.channelId, metricId: a.metricId, date: daysFrom(-3), value: "123", note: "" }),
  },
  [`${A}/measurements/actions.ts#recordBulkAction`]: {
    minRole: "member",
    permission: "measurement.record",
    input: (a) => ({
      org: a.slug,
      channelId: a.channelId,
      cells: JSON.stringify([{ metricId: a.metricId, date: daysFrom(-4), value: 5 }]),
    }),
  },
  // A member corrects or deletes a value they recorded; a manager any value (measurement.correctAny, proved in history.int.test.ts).
  [`${A}/measurements/history/actions.ts#correctMeasurementAction`]: {
    minRole: "member",
    permission: "measurement.record",
    input: async (a) => ({ org: a.slug, id: await freshMeasurement(a), value: "150", note: "" }),
  },
  [`${A}/measurements/history/actions.ts#deleteMeasurementAction`]: {
    minRole: "member",
    permission: "measurement.record",
    input: async (a) => ({ org: a.slug, id: await freshMeasurement(a) }),
  },
  [`${A}/measurements/api/actions.ts#createApiTokenAction`]: {
    minRole: "manager",
    permission: "apiToken.manage",
    input: (a) => ({ org: a.slug, name: "Nettbutikken" }),
  },
  [`${A}/measurements/api/actions.ts#revokeApiTokenAction`]: {
    minRole: "manager",
    permission: "apiToken.manage",
    input: async (a) => ({ org: a.slug, id: await freshToken(a) }),
  },
  [`${A}/measurements/imports/actions.ts#undoImportAction`]: {
    minRole: "manager",
    permission: "import.manage",
    input: async (a) => ({ org: a.slug, id: await freshImport(a) }),
  },
  [`${A}/measurements/imports/actions.ts#savePresetAction`]: {
    minRole: "manager",
    permission: "import.manage",
    input: (a) => ({
      org: a.slug,
      name: `Oppsett ${Math.random().toString(36).slice(2, 10)}`,
      mapping: JSON.stringify(importSheet(a).mapping),
      header: JSON.stringify(importSheet(a).grid[0]),
    }),
  },
  [`${A}/measurements/imports/actions.ts#updatePresetAction`]: {
    minRole: "manager",
    permission: "import.manage",
    input: async (a) => ({
      org: a.slug,
      id: await freshPreset(a),
      mapping: JSON.stringify({ ...importSheet(a).mapping, dateFormat: "dmy" }),
    }),
  },
  [`${A}/measurements/imports/actions.ts#renamePresetAction`]: {
    minRole: "manager",
    permission: "import.manage",
    input: async (a) => ({ org: a.slug, id: await freshPreset(a), name: `Nytt navn ${Math.random().toString(36).slice(2, 10)}` }),
  },
  [`${A}/measurements/imports/actions.ts#deletePresetAction`]: {
    minRole: "manager",
    permission: "import.manage",
    input: async (a) => ({ org: a.slug, id: await freshPreset(a) }),
  },

  "app/api/orgs/[org]/goals/[id]/chart/route.ts#GET": {
    minRole: "member",
    permission: "org.view",
    call: (a) => get(orgUrl(a, `goals/${a.goalId}/chart?range=3m`), { org: a.slug, id: a.goalId }),
  },
  "app/api/orgs/[org]/export/route.ts#GET": {
    minRole: "owner",
    permission: "org.export",
    call: (a) => get(orgUrl(a, "export"), { org: a.slug }),
    succeeded: (status, body) => status === 200 && body.startsWith("PK"),
  },
  "app/api/orgs/[org]/measurements/export/route.ts#GET": {
    minRole: "member",
    permission: "measurement.export",
    call: (a) => get(orgUrl(a, `measurements/export?channel=${a.channelKey}&metric=${a.metricKey}`), { org: a.slug }),
  },
  "app/api/orgs/[org]/measurements/import/route.ts#POST": {
    minRole: "member",
    permission: "measurement.record",
    call: (a) => ({
      method: "POST",
      url: orgUrl(a, "measurements/import?mode=commit"),
      params: { org: a.slug },
      body: `dato;kanal;måltall;verdi\r\n${isoToNorwegian(daysFrom(-5))};${a.channelKey};${a.metricKey};42\r\n`,
    }),
    succeeded: (status, body) => status === 200 && body.includes('"type":"done"'),
    // A commit answers 200 at once and streams its outcome: refused means an error line and no "done".
    refused: (status, body) =>
      (status >= 400 && status < 500) || (status === 200 && body.includes('"type":"error"') && !body.includes('"type":"done"')),
  },
  "app/api/orgs/[org]/measurements/import/file/route.ts#POST": {
    minRole: "member",
    permission: "measurement.record",
    call: (a) => {
      const { grid, mapping } = importSheet(a, 9);
      const plan = JSON.stringify({ channels: { [a.channelKey]: a.channelId }, mapping });
      return {
        method: "POST",
        url: orgUrl(a, `measurements/import/file?mode=commit&name=ark.csv&plan=${encodeURIComponent(plan)}`),
        params: { org: a.slug },
        body: grid.map((r) => r.join(";")).join("\r\n"),
      };
    },
    succeeded: (status, body) => status === 200 && body.includes('"type":"done"'),
    refused: (status, body) =>
      (status >= 400 && status < 500) || (status === 200 && body.includes('"type":"error"') && !body.includes('"type":"done"')),
  },
  "app/api/orgs/[org]/reviews/[id]/activity/route.ts#GET": {
    minRole: "member",
    permission: "review.contribute",
    call: (a) => get(orgUrl(a, `reviews/${a.openMeetingId}/activity`), { org: a.slug, id: a.openMeetingId }),
  },
  "app/api/orgs/[org]/reviews/[id]/minutes/route.ts#GET": {
    minRole: "member",
    permission: "review.contribute",
    call: (a) => get(orgUrl(a, `reviews/${a.closedMeetingId}/minutes`), { org: a.slug, id: a.closedMeetingId }),
  },
  "app/api/v1/measurements/route.ts#GET": {
    minRole: "member",
    credential: "bearer",
    call: (a) => ({ ...get(`http://localhost/api/v1/measurements?channel=${a.channelKey}&metric=${a.metricKey}`, {}), headers: bearer(a) }),
  },
  "app/api/v1/measurements/route.ts#POST": {
    minRole: "member",
    credential: "bearer",
    call: (a) => ({
      method: "POST",
      url: "http://localhost/api/v1/measurements",
      params: {},
      headers: bearer(a),
      body: JSON.stringify({ channel: a.channelKey, metric: a.metricKey, date: daysFrom(-6), value: 7 }),
    }),
  },
};
