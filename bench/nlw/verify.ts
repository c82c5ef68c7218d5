import postgres from "postgres";
import type { Entry, WriteKind } from "./writers";

/**
 * Reads back what the database holds and judges every logged write:
 * acknowledged → present exactly once (a correction: once in the row or its
 * history, and the row's final value one that was acknowledged); refused →
 * absent. Unknown outcomes are counted only.
 */
export type Tally = { acknowledged: number; refused: number; unknown: number; lost: number; duplicated: number; refusedButPresent: number };
export type Verdict = { byKind: Record<string, Tally>; total: Tally; problems: string[] };

const empty = (): Tally => ({ acknowledged: 0, refused: 0, unknown: 0, lost: 0, duplicated: 0, refusedButPresent: 0 });

export async function verify(databaseUrl: string, log: Entry[], orgSlugs: string[]): Promise<Verdict> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    const orgRows = await sql<{ id: string; slug: string }[]>`select id, slug from organizations where slug in ${sql(orgSlugs)}`;
    const orgIds = orgSlugs.map((s) => orgRows.find((r) => r.slug === s)!.id);
    // Every place a marker can be, as "<place>|<org>|<marker>|<value>|<key>" → count.
    const seen = new Map<string, number>();
    const add = (k: string) => seen.set(k, (seen.get(k) ?? 0) + 1);
    for (const r of await sql<{ org_id: string; note: string; value: string; date: string }[]>`
      select org_id, note, value::text, date::text from kpi_snapshots where org_id in ${sql(orgIds)} and note like 'nlw-%'
      union all
      select h.org_id, h.note, h.value::text, s.date::text from kpi_snapshot_history h join kpi_snapshots s on s.id = h.snapshot_id
      where h.org_id in ${sql(orgIds)} and h.note like 'nlw-%'`) {
      add(`m|${r.org_id}|${r.note}|${Number(r.value)}|${r.date}`);
      add(`any|${r.note}`);
    }
    for (const r of await sql<{ org_id: string; body: string; meeting_id: string }[]>`
      select org_id, body, meeting_id::text from review_notes where org_id in ${sql(orgIds)} and body like 'nlw-%'`) {
      add(`n|${r.org_id}|${r.body}|${r.meeting_id}`);
      add(`any|${r.body}`);
    }
    for (const r of await sql<{ org_id: string; reason: string; goal_id: string; to: string | null }[]>`
      select org_id, reason, goal_id::text, (changes->'targetValue'->>'to') as to from goal_revisions where org_id in ${sql(orgIds)} and reason like 'nlw-%'`) {
      add(`g|${r.org_id}|${r.reason}|${r.goal_id}|${Number(r.to)}`);
      add(`any|${r.reason}`);
    }
    const finals = await sql<{ org_id: string; date: string; value: string }[]>`
      select s.org_id, s.date::text, s.value::text from kpi_snapshots s where s.org_id in ${sql(orgIds)} and s.note like 'nlw-correct-%'`;
    const goals = await sql<{ id: string; version: number; revisions: number }[]>`
      select g.id::text, g.version, (select count(*)::int from goal_revisions r where r.goal_id = g.id) as revisions from goals g where g.org_id in ${sql(orgIds)}`;

    const byKind: Record<string, Tally> = {};
    const problems: string[] = [];
    for (const e of log) {
      if (e.kind === "meeting") continue;
      const t = (byKind[e.kind] ??= empty());
      const org = orgIds[e.org]!;
      if (e.outcome === "unknown") {
        t.unknown += 1;
        continue;
      }
      if (e.outcome === "refused") {
        t.refused += 1;
        if (seen.get(`any|${e.marker}`)) {
          t.refusedButPresent += 1;
          problems.push(`${e.kind} ${e.marker} was refused but is in the database`);
        }
        continue;
      }
      t.acknowledged += 1;
      const where = placeOf(e.kind, org, e);
      const n = seen.get(where) ?? 0;
      if (n === 0) {
        t.lost += 1;
        problems.push(`${e.kind} ${e.marker} was acknowledged but is missing (${seen.get(`any|${e.marker}`) ?? 0} elsewhere)`);
      } else if (n > 1 || (seen.get(`any|${e.marker}`) ?? 0) > 1) {
        t.duplicated += 1;
        problems.push(`${e.kind} ${e.marker} is there ${seen.get(`any|${e.marker}`)} times`);
      }
      if (e.kind === "goal" && e.knownStale) {
        t.refusedButPresent += 1;
        problems.push(`goal edit ${e.marker} used an old version and was still accepted`);
      }
    }
    // The value a hot date ends with must be one somebody was told was saved.
    for (const f of finals) {
      const sent = log.find(
        (e) => e.kind === "correction" && orgIds[e.org] === f.org_id && e.key === f.date && e.value === Number(f.value),
      );
      if (sent?.outcome !== "ack" && sent?.outcome !== "unknown")
        problems.push(`correction of ${f.date} ended as ${f.value}, which nobody was told was saved`);
    }
    for (const g of goals)
      if (g.version !== g.revisions + 1) problems.push(`goal ${g.id} is at version ${g.version} with ${g.revisions} revisions`);
    const total = empty();
    for (const t of Object.values(byKind)) for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
    return { byKind, total, problems };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

function placeOf(kind: WriteKind, org: string, e: Entry): string {
  if (kind === "note") return `n|${org}|${e.marker}|${e.key}`;
  if (kind === "goal") return `g|${org}|${e.marker}|${e.key}|${e.value}`;
  // A measurement or a correction: that value with that note, once, on its date (the row or its history).
  return `m|${org}|${e.marker}|${e.value}|${e.key}`;
}
