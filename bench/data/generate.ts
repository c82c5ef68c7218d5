/**
 * Fills a throw-away PostgreSQL database with a planned dataset (bench/data/plan.ts)
 * in a handful of bulk statements: every table's rows come from one
 * json_to_recordset parameter, the snapshots from generate_series on the
 * server, so 1 000 000 snapshots take seconds, not minutes.
 *
 *   npx tsx bench/data/generate.ts --size 10k|1m|<n> [--keep]
 *
 * DATABASE_URL is the server's admin URL (default
 * postgres://postgres@127.0.0.1:5432/postgres); the database is
 * maalbar_bench_<size>_<random>. Without --keep it is dropped again (a dry
 * run that prints the timings); with --keep its URL is printed and it stays.
 */
import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { hashPassword } from "@/lib/auth/password";
import { todayIn } from "@/lib/format";
import * as schema from "@/db/schema";
import { seedCatalog } from "@/db/seed-catalog";
import { createDatabase } from "../nlw/server";
import {
  BENCH_EMAIL,
  BENCH_PASSWORD,
  BENCH_SLUG,
  countSnapshots,
  type DatasetPlan,
  type OrgPlan,
  planDataset,
  SIZES,
  type SizeName,
} from "./plan";

export type Dataset = {
  name: string;
  url: string;
  drop: () => Promise<void>;
  today: string;
  snapshots: number;
  orgs: number;
  goals: number;
  seconds: { migrate: number; rows: number; snapshots: number; analyze: number };
  bench: {
    slug: string;
    email: string;
    password: string;
    goalId: string;
    goalTitle: string;
    series: { channelId: string; metricId: string; level: number; unit: string }[];
  };
};

export function sizeOf(name: string): number {
  if (name in SIZES) return SIZES[name as SizeName];
  const n = Number(name);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`unknown size "${name}": 10k, 1m or a number of snapshots`);
  return n;
}

const ROLES = ["owner", "manager", "member", "member", "member"] as const;
export const emailOf = (org: OrgPlan, person: number) =>
  org.slug === BENCH_SLUG && person === 0 ? BENCH_EMAIL : `p${person}@${org.slug}.maalbar.test`;

const seconds = (start: number) => (performance.now() - start) / 1000;

/** Creates, migrates and fills the database; the caller drops it with `drop()`. */
export async function generateDataset(adminUrl: string, size: string): Promise<Dataset> {
  const total = sizeOf(size);
  const plan: DatasetPlan = planDataset(total);
  if (countSnapshots(plan) !== total) throw new Error(`plan has ${countSnapshots(plan)} snapshots, not ${total}`);
  const db = await createDatabase(adminUrl, `maalbar_bench_${size.toLowerCase()}`);
  const sql = postgres(db.url, { max: 1, onnotice: () => {} });
  try {
    const t0 = performance.now();
    await migrate(drizzle(sql), { migrationsFolder: path.join(process.cwd(), "db", "migrations") });
    await seedCatalog(drizzle(sql, { schema, casing: "snake_case" }));
    const migrateSeconds = seconds(t0);

    const today = todayIn("Europe/Oslo");
    const hash = await hashPassword(BENCH_PASSWORD);
    const t1 = performance.now();
    await sql.begin(async (tx) => {
      // Bulk loading: nothing else uses this database, a crash just means a new one.
      await tx.unsafe("set local synchronous_commit = off");
      const people = plan.orgs.flatMap((o) =>
        Array.from({ length: o.people }, (_, k) => ({
          email: emailOf(o, k),
          name: `${k === 0 ? "Eier" : "Person"} ${k} ${o.name}`,
          hash: o.slug === BENCH_SLUG && k === 0 ? hash : null,
          slug: o.slug,
          role: ROLES[k] ?? "member",
        })),
      );
      // Confirmed addresses, as every person who has signed up and logged in has (unconfirmed ones cannot log in).
      await tx`insert into users (email, name, password_hash, locale, email_verified_at)
        select x.email, x.name, x.hash, 'nb', now() from json_to_recordset(${JSON.stringify(people)}::json) x(email text, name text, hash text)`;
      const orgs = plan.orgs.map((o) => ({ slug: o.slug, name: o.name, next: o.scheduledMeeting ? 10 : null }));
      await tx`insert into organizations (name, slug, locale, next_review_on)
        select x.name, x.slug, 'nb', ${today}::date + x.next from json_to_recordset(${JSON.stringify(orgs)}::json) x(slug text, name text, next int)`;
      await tx`insert into memberships (org_id, user_id, role)
        select o.id, u.id, x.role::role from json_to_recordset(${JSON.stringify(people)}::json) x(email text, slug text, role text)
        join organizations o on o.slug = x.slug join users u on u.email = x.email`;
      await tx`insert into objectives (org_id, title, description) select id, 'Flere faste kunder', 'Vekst i alle kanaler' from organizations`;
      const goals = plan.orgs.flatMap((o) =>
        o.goals.map((g) => ({ ...g, slug: o.slug, owner: g.owner === null ? null : emailOf(o, g.owner) })),
      );
      await tx`insert into goals (org_id, title, channel_id, metric_id, unit, direction, baseline_value, baseline_date, target_value, start_date, deadline, objective_id, owner_id, status, created_at)
        select o.id, x.title, c.id, m.id, x.unit::unit, x.direction::direction, x.baseline, ${today}::date - x.start_offset, x.target,
               ${today}::date - x.start_offset, ${today}::date + x.deadline_offset, ob.id, u.id, x.status::goal_status, now() - (x.start_offset + 7) * interval '1 day'
        from json_to_recordset(${JSON.stringify(goals.map((g) => ({ ...g, start_offset: g.startOffset, deadline_offset: g.deadlineOffset })))}::json)
          x(slug text, title text, channel text, metric text, unit text, direction text, baseline float8, target float8, start_offset int, deadline_offset int, status text, owner text)
        join organizations o on o.slug = x.slug
        join channels c on c.org_id is null and c.key = x.channel
        join metrics m on m.org_id is null and m.channel_id = c.id and m.key = x.metric
        join objectives ob on ob.org_id = o.id
        left join users u on u.email = x.owner`;
      // Monthly meetings back in time, each with the goals on its agenda, two notes and everyone present.
      const meetings = plan.orgs.flatMap((o) => [
        ...Array.from({ length: o.closedMeetings }, (_, k) => ({
          slug: o.slug,
          title: `Månedlig gjennomgang ${k + 1}`,
          offset: -30 * (o.closedMeetings - k),
          status: "closed",
        })),
        ...(o.scheduledMeeting ? [{ slug: o.slug, title: "Neste gjennomgang", offset: 10, status: "scheduled" }] : []),
      ]);
      await tx`insert into review_meetings (org_id, title, scheduled_for, status, opened_at, closed_at)
        select o.id, x.title, ${today}::date + x.offset, x.status::meeting_status,
               case when x.status = 'closed' then (${today}::date + x.offset)::timestamptz end,
               case when x.status = 'closed' then (${today}::date + x.offset)::timestamptz + interval '1 hour' end
        from json_to_recordset(${JSON.stringify(meetings)}::json) x(slug text, title text, "offset" int, status text)
        join organizations o on o.slug = x.slug`;
      await tx`insert into review_attendees (org_id, meeting_id, user_id)
        select m.org_id, m.id, ms.user_id from review_meetings m join memberships ms on ms.org_id = m.org_id`;
      await tx`insert into review_items (org_id, meeting_id, goal_id, assessment, decision, decided_at)
        select m.org_id, m.id, g.id, (array['on_track','at_risk','off_track'])[1 + abs(hashtext(m.id::text || g.id::text)) % 3]::assessment, 'keep', m.closed_at
        from review_meetings m join goals g on g.org_id = m.org_id and g.status <> 'draft'
        where m.status = 'closed'`;
      await tx`insert into review_notes (org_id, meeting_id, goal_id, body, created_at)
        select i.org_id, i.meeting_id, i.goal_id, 'Gjennomgått: ' || n, m.closed_at
        from review_items i join review_meetings m on m.id = i.meeting_id cross join generate_series(1, 2) n`;
    });
    const rowsSeconds = seconds(t1);

    const t2 = performance.now();
    const series = plan.orgs.flatMap((o) =>
      o.series.map((s) => ({
        slug: o.slug,
        channel: s.channel,
        metric: s.metric,
        days: s.days,
        end_offset: s.endOffset,
        base: s.base,
        growth: s.growth,
        unit: s.unit,
      })),
    );
    await sql.begin(async (tx) => {
      await tx.unsafe("set local synchronous_commit = off");
      await tx.unsafe("set local work_mem = '256MB'");
      await tx.unsafe("set local maintenance_work_mem = '512MB'");
      // The rows come from joins on the parent tables, so the foreign keys hold by construction: skip
      // their per-row triggers (three per snapshot). Needs a superuser, as the local bench server's postgres is.
      await tx.unsafe("set local session_replication_role = replica");
      // Secondary indexes are dropped for the load and built again after it: one sort instead of a million inserts into each.
      const indexes = await tx<{ name: string; def: string; constraint: string | null; condef: string | null }[]>`
        select i.indexname as name, i.indexdef as def, c.conname as constraint, pg_get_constraintdef(c.oid) as condef
        from pg_indexes i left join pg_constraint c on c.conindid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass
        where i.tablename = 'kpi_snapshots' and i.indexname <> 'kpi_snapshots_pkey'`;
      for (const ix of indexes)
        await tx.unsafe(ix.constraint ? `alter table kpi_snapshots drop constraint "${ix.constraint}"` : `drop index "${ix.name}"`);
      // In date order across tenants, as a live system fills its table: one
      // tenant's rows end up spread over the heap, not packed together.
      await tx`insert into kpi_snapshots (org_id, channel_id, metric_id, date, value, source, recorded_at)
        select o.id, c.id, m.id, d.day,
               greatest(0, case when x.unit = 'percent' then least(100, v.raw) else v.raw end)::numeric(14, 2), 'csv', d.day::timestamptz + interval '9 hours'
        from json_to_recordset(${JSON.stringify(series)}::json) x(slug text, channel text, metric text, days int, end_offset int, base float8, growth float8, unit text)
        join organizations o on o.slug = x.slug
        join channels c on c.org_id is null and c.key = x.channel
        join metrics m on m.org_id is null and m.channel_id = c.id and m.key = x.metric
        cross join lateral generate_series(0, x.days - 1) i
        cross join lateral (select ${today}::date - x.end_offset - i as day) d
        cross join lateral (select x.base * (1 + x.growth * (x.days - 1 - i) / 365.0) * (1 + 0.04 * sin(i * 0.8976)) as raw) v
        order by d.day, o.id`;
      for (const ix of indexes)
        await tx.unsafe(ix.constraint ? `alter table kpi_snapshots add constraint "${ix.constraint}" ${ix.condef}` : ix.def);
    });
    const snapshotSeconds = seconds(t2);
    const t3 = performance.now();
    await sql.unsafe("vacuum analyze");
    const analyzeSeconds = seconds(t3);

    const [{ n: stored } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from kpi_snapshots`;
    if (stored !== total) throw new Error(`wrote ${stored} snapshots, planned ${total}`);
    const [goal] = await sql<{ id: string; title: string }[]>`
      select g.id, g.title from goals g join organizations o on o.id = g.org_id where o.slug = ${BENCH_SLUG} and g.status = 'active' order by g.title limit 1`;
    // Each series with its latest value and unit, so the record target can post values a person would type.
    const benchSeries = await sql<{ channelId: string; metricId: string; level: number; unit: string }[]>`
      select x.*, m.unit, coalesce((select s.value::float8 from kpi_snapshots s
        where s.org_id = x.org_id and s.channel_id = x."channelId" and s.metric_id = x."metricId" order by s.date desc limit 1), 100) as level
      from (select distinct g.org_id, g.channel_id as "channelId", g.metric_id as "metricId" from goals g
        join organizations o on o.id = g.org_id where o.slug = ${BENCH_SLUG}) x
      join metrics m on m.id = x."metricId" order by 2, 3`;
    const [{ n: goalCount } = { n: 0 }] = await sql<{ n: number }[]>`select count(*)::int as n from goals`;
    return {
      name: db.name,
      url: db.url,
      drop: db.drop,
      today,
      snapshots: stored,
      orgs: plan.orgs.length,
      goals: goalCount,
      seconds: { migrate: migrateSeconds, rows: rowsSeconds, snapshots: snapshotSeconds, analyze: analyzeSeconds },
      bench: {
        slug: BENCH_SLUG,
        email: BENCH_EMAIL,
        password: BENCH_PASSWORD,
        goalId: goal!.id,
        goalTitle: goal!.title,
        series: benchSeries.map(({ channelId, metricId, level, unit }) => ({ channelId, metricId, level, unit })),
      },
    };
  } catch (error) {
    await sql.end({ timeout: 5 });
    await db.drop();
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function main() {
  const args = process.argv.slice(2);
  const size = args[args.indexOf("--size") + 1] ?? "10k";
  const adminUrl = process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres";
  const data = await generateDataset(adminUrl, args.includes("--size") ? size : "10k");
  const s = data.seconds;
  console.log(
    `${data.name}: ${data.snapshots.toLocaleString("en")} snapshots, ${data.orgs} organizations, ${data.goals} goals; ` +
      `migrate ${s.migrate.toFixed(1)} s, rows ${s.rows.toFixed(1)} s, snapshots ${s.snapshots.toFixed(1)} s, vacuum analyze ${s.analyze.toFixed(1)} s`,
  );
  if (args.includes("--keep"))
    console.log(`kept: DATABASE_URL=${data.url}  (login ${data.bench.email} / ${data.bench.password}, /${data.bench.slug})`);
  else await data.drop();
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
