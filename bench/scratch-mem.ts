import { fiveSources } from "./import-parse";
const gc = (globalThis as { gc?: () => void }).gc!;
let peak = 0;
setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5).unref();
async function phase<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  gc();
  const base = process.memoryUsage().heapUsed;
  peak = base;
  const t = performance.now();
  const r = await work();
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const after = process.memoryUsage().heapUsed;
  gc();
  console.log(`${label.padEnd(30)} ${((performance.now() - t) / 1000).toFixed(2)} s  peak +${((peak - base) / 1048576).toFixed(1)} MB, kept +${((process.memoryUsage().heapUsed - base) / 1048576).toFixed(1)} MB (before gc +${((after - base) / 1048576).toFixed(1)})`);
  return r;
}
async function main() {
  const { getDb, closeDb } = await import("@/db/client");
  const { registerAccount } = await import("@/lib/data/accounts");
  const { commitFileImport, previewFileImport } = await import("@/lib/data/imports");
  const { readGrid, parseImport } = await import("@/lib/domain/import");
  const days = Number(process.env.DAYS ?? 1460);
  const files = fiveSources(days, new Date(Date.parse("2026-11-26") - days * 86400000).toISOString().slice(0, 10)).map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));
  const { userId, slug } = await registerAccount({ name: "B", email: `s-${Math.random()}@m.no`, password: "bryllupskake-2026", locale: "nb", organizationName: `S ${Math.random()}`, emailVerified: true });
  const org = await getDb().query.organizations.findFirst({ where: (o, { eq }) => eq(o.slug, slug) });
  const ctx = { orgId: org!.id, userId, role: "owner" as const };
  for (const f of files.filter((x) => (process.env.ONLY ?? "ga4,google").split(",").some((o) => x.name.startsWith(o)))) {
    const grid = await phase(`${f.name} readGrid`, () => readGrid(f.bytes, f.name));
    await phase(`${f.name} parseImport`, () => parseImport(grid, f.name));
    const preview = await phase(`${f.name} previewFileImport`, () => previewFileImport(ctx, grid, f.name, {}, "2026-11-26"));
    const plan = { channels: Object.fromEntries(preview.channels.map((c) => [c.proposed, c.channelId!])), newMetrics: Object.fromEntries(preview.metrics.filter((m) => !m.metricId).map((m) => [`${m.channel}|${m.metric}`, m.kind])) };
    await phase(`${f.name} commitFileImport`, () => commitFileImport(ctx, grid, f.name, plan, "2026-11-26"));
    await phase(`${f.name} commit again`, () => commitFileImport(ctx, grid, f.name, plan, "2026-11-26"));
  }
  await closeDb();
}
void main();
