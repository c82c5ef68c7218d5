import path from "node:path";
import type { RouteCall } from "./calls";
import { sourceFiles } from "./discovery";
import { daysFrom, goalFormFields, type Side, SOON_ENOUGH } from "./world";
import { mulberry32 } from "@/lib/domain/random";

/**
 * The requests the tenant-isolation fuzz sends: every action, route and page
 * that names a record, with the record's id (or key) in a slot the fuzz fills
 * with either organization's value.
 */
export const SLOTS = {
  goal: "goalId",
  draftGoal: "draftGoalId",
  objective: "objectiveId",
  channel: "channelId",
  metric: "metricId",
  channelKey: "channelKey",
  metricKey: "metricKey",
  scheduledMeeting: "scheduledMeetingId",
  openMeeting: "openMeetingId",
  closedMeeting: "closedMeetingId",
  actionItem: "actionItemId",
  notification: "notificationId",
  tokenId: "tokenId",
  invitation: "invitationId",
  member: "memberId",
  importId: "importId",
  preset: "presetId",
  measurement: "measurementId",
} as const satisfies Record<string, keyof Side>;
export type Slot = keyof typeof SLOTS;
export type Values = Record<Slot, string>;

export type Request =
  | { type: "action"; key: string; input: Record<string, unknown> }
  | { type: "route"; key: string; call: RouteCall; bearer?: boolean }
  | { type: "page"; file: string; params: Record<string, string> };
export type Template = { name: string; slots: Slot[]; bearer?: boolean; build: (slug: string, v: Values, token: string) => Request };

const A = "app/[org]";
const action = (file: string, name: string, slots: Slot[], input: (slug: string, v: Values) => Record<string, unknown>): Template => ({
  name,
  slots,
  build: (slug, v) => ({ type: "action", key: `${A}/${file}#${name}`, input: input(slug, v) }),
});
const route = (file: string, slots: Slot[], call: (slug: string, v: Values, token: string) => RouteCall, bearer = false): Template => ({
  name: file,
  slots,
  bearer,
  build: (slug, v, token) => ({ type: "route", key: file, call: call(slug, v, token), bearer }),
});

const goalFields = (slug: string, v: Values) =>
  goalFormFields(slug, { channelId: v.channel, metricId: v.metric, objectiveId: v.objective, memberId: v.member }, "Flere kunder");
const orgUrl = (slug: string, rest: string) => `http://localhost/api/orgs/${slug}/${rest}`;
const csv = (v: Values) =>
  `dato;kanal;måltall;verdi\r\n${daysFrom(-5).split("-").reverse().join(".")};${v.channelKey};${v.metricKey};42\r\n`;
const v1 = "app/api/v1/measurements/route.ts";
const auth = (token: string) => ({ authorization: `Bearer ${token}`, "content-type": "application/json" });

export const TEMPLATES: Template[] = [
  action("goals/actions.ts", "createGoalAction", ["channel", "metric", "objective", "member"], (s, v) => ({
    ...goalFields(s, v),
    intent: "draft",
  })),
  action("goals/actions.ts", "updateGoalAction", ["goal", "channel", "metric", "objective", "member"], (s, v) => ({
    ...goalFields(s, v),
    id: v.goal,
    version: "1",
    reason: "",
  })),
  action("goals/actions.ts", "changeGoalStatusAction", ["goal"], (s, v) => ({
    org: s,
    id: v.goal,
    version: "1",
    status: "archived",
    reason: "",
  })),
  action("goals/actions.ts", "deleteDraftGoalAction", ["draftGoal"], (s, v) => ({ org: s, id: v.draftGoal, version: "1" })),
  action("goals/actions.ts", "metricHistoryAction", ["channel", "metric"], (s, v) => ({
    org: s,
    channelId: v.channel,
    metricId: v.metric,
  })),
  action("goals/objectives/actions.ts", "updateObjectiveAction", ["objective"], (s, v) => ({
    org: s,
    id: v.objective,
    title: "Nytt navn",
    description: "",
  })),
  action("goals/objectives/actions.ts", "archiveObjectiveAction", ["objective"], (s, v) => ({ org: s, id: v.objective, archived: "true" })),
  action("team/actions.ts", "revokeInvite", ["invitation"], (s, v) => ({ org: s, id: v.invitation })),
  action("team/actions.ts", "resendInvite", ["invitation"], (s, v) => ({ org: s, id: v.invitation })),
  action("team/actions.ts", "changeMemberRole", ["member"], (s, v) => ({ org: s, userId: v.member, role: "manager" })),
  action("team/actions.ts", "removeTeamMember", ["member"], (s, v) => ({ org: s, userId: v.member })),
  action("reviews/actions.ts", "scheduleMeetingAction", ["member"], (s, v) => ({
    org: s,
    title: "Møte",
    scheduledFor: daysFrom(SOON_ENOUGH + 4),
    attendeeIds: [v.member],
  })),
  action("reviews/actions.ts", "startMeetingAction", ["scheduledMeeting"], (s, v) => ({ org: s, id: v.scheduledMeeting })),
  action("reviews/actions.ts", "cancelMeetingAction", ["scheduledMeeting"], (s, v) => ({ org: s, id: v.scheduledMeeting })),
  action("reviews/actions.ts", "closeMeetingAction", ["openMeeting"], (s, v) => ({ org: s, id: v.openMeeting })),
  action("reviews/actions.ts", "addNoteAction", ["openMeeting", "goal"], (s, v) => ({
    org: s,
    meetingId: v.openMeeting,
    goalId: v.goal,
    body: "Hei",
  })),
  action("reviews/actions.ts", "addActionItemAction", ["openMeeting", "goal", "member"], (s, v) => ({
    org: s,
    meetingId: v.openMeeting,
    goalId: v.goal,
    title: "Ring kunden",
    ownerId: v.member,
    dueOn: daysFrom(SOON_ENOUGH),
  })),
  action("reviews/action-item-actions.ts", "setActionItemDoneAction", ["actionItem"], (s, v) => ({
    org: s,
    id: v.actionItem,
    done: "true",
  })),
  action("reviews/actions.ts", "decideGoalAction", ["openMeeting", "goal"], (s, v) => ({
    org: s,
    meetingId: v.openMeeting,
    goalId: v.goal,
    assessment: "off_track",
    decision: "keep",
  })),
  action("notifications/actions.ts", "markNotificationsRead", ["notification"], (s, v) => ({ org: s, id: v.notification })),
  action("benchmarks/actions.ts", "updateBenchmarkAction", ["metric"], (s, v) => ({
    org: s,
    metricId: v.metric,
    upliftPct: "9",
    typicalGoalNb: "x",
    typicalGoalEn: "x",
    source: "x",
  })),
  action("benchmarks/actions.ts", "resetBenchmarkAction", ["metric"], (s, v) => ({ org: s, metricId: v.metric })),
  action("measurements/actions.ts", "recordMeasurementAction", ["channel", "metric"], (s, v) => ({
    org: s,
    channelId: v.channel,
    metricId: v.metric,
    date: daysFrom(-2),
    value: "9",
  })),
  action("measurements/actions.ts", "recordBulkAction", ["channel", "metric"], (s, v) => ({
    org: s,
    channelId: v.channel,
    cells: JSON.stringify([{ metricId: v.metric, date: daysFrom(-2), value: 9 }]),
  })),
  action("measurements/api/actions.ts", "revokeApiTokenAction", ["tokenId"], (s, v) => ({ org: s, id: v.tokenId })),
  action("measurements/imports/actions.ts", "undoImportAction", ["importId"], (s, v) => ({ org: s, id: v.importId })),
  action("measurements/imports/actions.ts", "renamePresetAction", ["preset"], (s, v) => ({ org: s, id: v.preset, name: "Nytt navn" })),
  action("measurements/imports/actions.ts", "updatePresetAction", ["preset"], (s, v) => ({
    org: s,
    id: v.preset,
    mapping: JSON.stringify({
      headerRow: 0,
      dateColumn: 0,
      dateFormat: "iso",
      columns: [{ column: 1, channel: "website", metric: "sessions", combine: "sum" }],
    }),
  })),
  action("measurements/imports/actions.ts", "deletePresetAction", ["preset"], (s, v) => ({ org: s, id: v.preset })),

  route("app/api/orgs/[org]/goals/[id]/chart/route.ts#GET", ["goal"], (s, v) => ({
    method: "GET",
    url: orgUrl(s, `goals/${v.goal}/chart?range=all`),
    params: { org: s, id: v.goal },
  })),
  route("app/api/orgs/[org]/reviews/[id]/activity/route.ts#GET", ["openMeeting"], (s, v) => ({
    method: "GET",
    url: orgUrl(s, `reviews/${v.openMeeting}/activity`),
    params: { org: s, id: v.openMeeting },
  })),
  route("app/api/orgs/[org]/reviews/[id]/minutes/route.ts#GET", ["closedMeeting"], (s, v) => ({
    method: "GET",
    url: orgUrl(s, `reviews/${v.closedMeeting}/minutes`),
    params: { org: s, id: v.closedMeeting },
  })),
  route("app/api/orgs/[org]/measurements/export/route.ts#GET", ["channelKey", "metricKey"], (s, v) => ({
    method: "GET",
    url: orgUrl(s, `measurements/export?channel=${v.channelKey}&metric=${v.metricKey}`),
    params: { org: s },
  })),
  ...(["preview", "commit"] as const).map((mode) => ({
    ...route("app/api/orgs/[org]/measurements/import/route.ts#POST", ["channelKey", "metricKey"], (s, v) => ({
      method: "POST",
      url: orgUrl(s, `measurements/import?mode=${mode}`),
      params: { org: s },
      body: csv(v),
    })),
    name: `import ${mode}`,
  })),
  ...(["preview", "commit"] as const).map((mode) => ({
    ...route("app/api/orgs/[org]/measurements/import/file/route.ts#POST", ["preset", "channel"], (s, v) => ({
      method: "POST",
      url: orgUrl(
        s,
        `measurements/import/file?mode=${mode}&name=ark.csv&plan=${encodeURIComponent(JSON.stringify({ channels: { own: v.channel }, presetId: v.preset }))}`,
      ),
      params: { org: s },
      body: `Dag;Tall\r\n${daysFrom(-5)};42\r\n`,
    })),
    name: `file import ${mode}`,
  })),
  route(
    `${v1}#GET`,
    ["channelKey", "metricKey"],
    (_s, v, t) => ({
      method: "GET",
      url: `http://localhost/api/v1/measurements?channel=${v.channelKey}&metric=${v.metricKey}`,
      params: {},
      headers: auth(t),
    }),
    true,
  ),
  route(
    `${v1}#POST`,
    ["channelKey", "metricKey"],
    (_s, v, t) => ({
      method: "POST",
      url: "http://localhost/api/v1/measurements",
      params: {},
      headers: auth(t),
      body: JSON.stringify([{ channel: v.channelKey, metric: v.metricKey, date: daysFrom(-1), value: 1 }]),
    }),
    true,
  ),
];

/** Which record a page's dynamic segment names, by "<folder>/[param]". */
const PAGE_PARAMS: Record<string, Slot[]> = {
  "goals/[id]": ["goal", "draftGoal"],
  "reviews/[id]": ["scheduledMeeting", "openMeeting", "closedMeeting"],
  "channels/[key]": ["channelKey"],
  "history/[id]": ["measurement"],
};

/**
 * One template per page under app/[org] (found on disk, so a new page is
 * fuzzed the day it is added) and per kind of record its segment can name.
 * A segment nobody mapped fails loudly.
 */
export function pageTemplates(base: string): Template[] {
  const out: Template[] = [];
  for (const file of sourceFiles(path.join(base, A)).filter((f) => path.basename(f) === "page.tsx")) {
    const rel = path.relative(base, file).split(path.sep).join("/");
    const segments = rel.split("/").slice(2, -1);
    const params = segments.flatMap((seg, i) => (seg.startsWith("[") ? [{ name: seg.slice(1, -1), at: `${segments[i - 1]}/${seg}` }] : []));
    if (params.length > 1) throw new Error(`${rel}: more than one record segment; teach the fuzz which records it names`);
    const param = params[0];
    if (!param) {
      out.push({ name: rel, slots: [], build: (slug) => ({ type: "page", file: rel, params: { org: slug } }) });
      continue;
    }
    const slots = PAGE_PARAMS[param.at];
    if (!slots) throw new Error(`${rel}: no fuzz slot for the segment ${param.at} (add it to PAGE_PARAMS)`);
    for (const slot of slots) {
      out.push({
        name: `${rel} (${slot})`,
        slots: [slot],
        build: (slug, v) => ({ type: "page", file: rel, params: { org: slug, [param.name]: v[slot] } }),
      });
    }
  }
  return out;
}

/** A seeded generator, so a failing run can be replayed from its seed. */
export const seeded = mulberry32;
