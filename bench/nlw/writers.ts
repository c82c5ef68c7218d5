import { type ActionIds, callAction, getPage, postMeasurements } from "./http";
import type { OrgSeed } from "./seed";

/**
 * The writers. Each loops until the deadline doing one kind of write, and
 * logs every write with a unique marker as acknowledged (the server said
 * saved), refused (the server said no, on purpose) or unknown (a timeout, a
 * 500: it may or may not have happened, so it is counted but never judged).
 */
export type WriteKind = "measurement" | "correction" | "note" | "goal" | "meeting";
export type Entry = {
  kind: WriteKind;
  org: number;
  marker: string;
  outcome: "ack" | "refused" | "unknown";
  value?: number;
  /** measurement, correction: its date; goal: its id; note: the meeting id. */
  key?: string;
  /** goal: sent with a version known to be old, so it had to be refused. */
  knownStale?: boolean;
  detail?: string;
};
export type Role = "api" | "correct" | "note" | "goal" | "chair";

export type Stage = { base: string; orgs: OrgSeed[]; ids: ActionIds; today: string; tomorrow: string; sessions: Map<string, string> };

/** Writer i's job: 40 % API batches on its own series, 20 % corrections of shared dates, 20 % notes, 20 % goal edits; one chair per organization. */
export function roleOf(i: number): Role {
  if (i === 9 || i === 8) return "chair";
  const slot = i % 10;
  return slot < 4 ? "api" : slot < 6 ? "correct" : slot < 8 ? "note" : "goal";
}

const pick = <T>(xs: T[]): T => xs[Math.floor(Math.random() * xs.length)]!;
const VERSION = /name="version"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="version"/;

export async function runWriter(i: number, stage: Stage, deadline: number, log: Entry[]): Promise<void> {
  const orgIndex = i % 2;
  const org = stage.orgs[orgIndex]!;
  const role = roleOf(i);
  const person = org.people[i % org.people.length]!;
  const cookie = stage.sessions.get(person.email)!;
  let seq = 0;
  const marker = () => `nlw-${role}-${i}-${++seq}`;
  const unique = () => i * 1_000_000 + seq;
  // API writers of one organization each own one series: writer i's is its rank among them.
  const own = org.ownSeries[Math.floor(i / 2) % org.ownSeries.length]!;
  let day = 0;

  while (Date.now() < deadline) {
    if (role === "api") {
      const bad = Math.random() < 0.1;
      const n = 1 + Math.floor(Math.random() * 5);
      const items = Array.from({ length: n }, () => {
        const m = marker();
        day += 1;
        const date = new Date(Date.parse(stage.today) - day * 86_400_000).toISOString().slice(0, 10);
        return { channel: own.channel, metric: own.metric, date, value: unique(), note: m };
      });
      // A refused batch: one item dated tomorrow, so the whole batch must be left out.
      const sent = bad
        ? [...items, { channel: own.channel, metric: own.metric, date: stage.tomorrow, value: unique(), note: marker() }]
        : items;
      const res = await postMeasurements(stage.base, org.token, sent);
      const outcome = res.status === 201 && !bad ? "ack" : res.status === 400 && bad ? "refused" : "unknown";
      const detail = outcome === "unknown" ? `${res.status} ${res.body.slice(0, 120)}` : undefined;
      for (const item of sent)
        log.push({ kind: "measurement", org: orgIndex, marker: item.note, outcome, value: item.value, key: item.date, detail });
    } else if (role === "correct") {
      const m = marker();
      const date = pick(org.hot.dates);
      const value = unique();
      const res = await postMeasurements(stage.base, org.token, [
        { channel: org.hot.channel, metric: org.hot.metric, date, value, note: m },
      ]);
      log.push({
        kind: "correction",
        org: orgIndex,
        marker: m,
        key: date,
        value,
        outcome: res.status === 201 ? "ack" : "unknown",
        detail: res.status === 201 ? undefined : `${res.status} ${res.body.slice(0, 120)}`,
      });
    } else if (role === "note") {
      const m = marker();
      const meetingId = org.meetingId;
      const r = await callAction(stage.base, `/${org.slug}/reviews/${meetingId}`, stage.ids.addNoteAction, cookie, {
        org: org.slug,
        meetingId,
        body: m,
      });
      const outcome = r.kind === "ok" ? "ack" : r.kind === "error" && r.error === "reviews.errors.closed" ? "refused" : "unknown";
      log.push({
        kind: "note",
        org: orgIndex,
        marker: m,
        key: meetingId,
        outcome,
        detail: outcome === "unknown" ? JSON.stringify(r).slice(0, 160) : undefined,
      });
    } else if (role === "goal") {
      await editGoal(stage, org, orgIndex, cookie, marker(), 1000 + unique(), log);
    } else {
      await chair(stage, org, orgIndex, cookie, marker(), log);
      await new Promise((r) => setTimeout(r, 8_000));
    }
  }
}

/** Opens the edit form (for its version, as a browser would), then saves; one in five saves with a version known to be old. */
async function editGoal(stage: Stage, org: OrgSeed, orgIndex: number, cookie: string, m: string, target: number, log: Entry[]) {
  const goal = pick(org.goals);
  const page = `/${org.slug}/goals/${goal.id}/edit`;
  let version: number;
  try {
    const match = VERSION.exec(await getPage(stage.base, page, cookie));
    version = Number(match?.[1] ?? match?.[2]);
    if (!version) throw new Error("no version field on the edit page");
  } catch (error) {
    log.push({ kind: "goal", org: orgIndex, marker: m, key: goal.id, outcome: "unknown", detail: String(error) });
    return;
  }
  const knownStale = version > 1 && Math.random() < 0.2;
  const fields = {
    ...goal.fields,
    org: org.slug,
    id: goal.id,
    version: String(knownStale ? version - 1 : version),
    targetValue: String(target),
    reason: m,
  };
  const r = await callAction(stage.base, page, stage.ids.updateGoalAction, cookie, fields);
  const outcome = r.kind === "redirect" ? "ack" : r.kind === "error" && r.error === "goals.errors.stale" ? "refused" : "unknown";
  log.push({
    kind: "goal",
    org: orgIndex,
    marker: m,
    key: goal.id,
    value: target,
    knownStale,
    outcome,
    detail: outcome === "unknown" ? JSON.stringify(r).slice(0, 160) : undefined,
  });
}

/** Closes the open meeting and opens the next, so notes sent meanwhile to the closed one must be refused. */
async function chair(stage: Stage, org: OrgSeed, orgIndex: number, cookie: string, m: string, log: Entry[]) {
  const closing = org.meetingId;
  const closed = await callAction(stage.base, `/${org.slug}/reviews/${closing}`, stage.ids.closeMeetingAction, cookie, {
    org: org.slug,
    id: closing,
  });
  const scheduled =
    closed.kind === "redirect"
      ? await callAction(stage.base, `/${org.slug}/reviews`, stage.ids.scheduleMeetingAction, cookie, {
          org: org.slug,
          title: m,
          scheduledFor: stage.today,
        })
      : closed;
  const next = scheduled.kind === "redirect" ? /\/reviews\/([0-9a-f-]{36})/.exec(scheduled.location)?.[1] : undefined;
  const started = next
    ? await callAction(stage.base, `/${org.slug}/reviews/${next}`, stage.ids.startMeetingAction, cookie, { org: org.slug, id: next })
    : scheduled;
  const ok = Boolean(next) && started.kind === "ok";
  if (ok) org.meetingId = next!;
  log.push({
    kind: "meeting",
    org: orgIndex,
    marker: m,
    key: next,
    outcome: ok ? "ack" : "unknown",
    detail: ok ? undefined : JSON.stringify(started).slice(0, 160),
  });
}
