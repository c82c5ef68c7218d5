import { existsSync } from "node:fs";
import path from "node:path";
import type { Dataset } from "../data/generate";
import { type Server, startServer } from "../nlw/server";
import { alternate, type Leg } from "./alternate";
import { type AgainstFloor, combineRounds } from "./floor-ratios";
import type { LoadSettings } from "./load";
import { startProxy } from "./proxy";
import { script, tsxScript } from "./script";
import { targets } from "./targets";

/**
 * `npm run bench -- --instances 2`: a second `next start` on the same
 * database (same AUTH_SECRET, so one sign-in is valid on both) and the
 * round-robin proxy (bench/proxy.mjs) in front, once over instance A alone
 * and once over A and B, so the proxy's own cost is in both figures. The
 * dashboard and the record action are measured through both alternately.
 */
export type ScaleOut = {
  /** Per target: `floor` is one instance through the proxy, `target` two; the ratio is two ÷ one. */
  against: Record<string, AgainstFloor>;
  /** The proxy's own count of requests sent to each instance. */
  perBackend: string;
};

export async function measureScaleOut(
  root: string,
  a: { port: number; env: Record<string, string> },
  ports: { b: number; one: number; two: number },
  data: Dataset,
  cookie: string,
  recordId: string,
  s: LoadSettings,
  rounds: number,
  cleanups: (() => Promise<unknown>)[],
): Promise<ScaleOut> {
  const up: Server[] = [];
  const started = async (p: Promise<Server>) => {
    const server = await p;
    up.push(server);
    cleanups.push(server.stop);
    return server;
  };
  try {
    await started(startServer(root, ports.b, a.env));
    const one = await started(startProxy(root, ports.one, [`127.0.0.1:${a.port}`]));
    const two = await started(startProxy(root, ports.two, [`127.0.0.1:${a.port}`, `127.0.0.1:${ports.b}`]));
    const via = (base: string) => targets(data, cookie, base, recordId).filter((t) => t.key === "dashboard" || t.key === "record");
    const [t1, t2] = [via(one.url), via(two.url)];
    const groups: Leg[][] = t1.map((t, i) => [
      { label: `${t.key} 1×`, base: one.url, target: t, queries: null },
      { label: `${t.key} 2×`, base: two.url, target: t2[i]!, queries: null },
    ]);
    console.log(`\ntwo instances (:${a.port}, :${ports.b}) behind bench/proxy.mjs, against one instance behind the same proxy:`);
    const measured = await alternate(groups, s, rounds);
    const against: Record<string, AgainstFloor> = {};
    for (const [i, t] of t1.entries())
      against[t.key] = combineRounds(measured[i]![0]!.map((m, r) => ({ floor: m, target: measured[i]![1]![r]! })));
    await two.stop();
    const perBackend = two.output().match(/requests per backend: .*/)?.[0] ?? "";
    console.log(`  ${perBackend}`);
    return { against, perBackend };
  } finally {
    for (const server of up.reverse()) await server.stop();
  }
}

export type Reliability = { name: string; command: string; passed: boolean | null; summary: string };

/** The reliability checks through the proxy over two instances: no lost writes, and the live meeting between two people (e2e). */
export async function reliabilityThroughProxy(root: string, port: number, adminUrl: string, quick: boolean): Promise<Reliability[]> {
  const out: Reliability[] = [];
  // 20 writers: the fewest with every role (API batches, corrections, notes, goal edits, two chairs).
  const writers = ["--writers", "20", "--seconds", quick ? "15" : "30"];
  const nlwArgs = ["--instances", "2", "--port", String(port), ...writers];
  console.log(`\n== no lost writes through the proxy (bench/no-lost-writes.ts ${nlwArgs.join(" ")})`);
  const nlw = await script(root, [...tsxScript(root, "bench/no-lost-writes.ts"), ...nlwArgs], { DATABASE_URL: adminUrl });
  out.push({
    name: "no lost writes",
    command: `npx tsx bench/no-lost-writes.ts ${nlwArgs.join(" ")}`,
    passed: nlw.code === 0,
    summary: [/requests per backend: .*/, /acknowledged \d+, refused \d+, lost \d+, duplicated \d+/]
      .map((re) => nlw.output.match(re)?.[0])
      .filter(Boolean)
      .join("; "),
  });

  const spec = "e2e/reviews.spec.ts";
  const e2ePort = port + 3;
  const env = { E2E_PORT: String(e2ePort), E2E_INSTANCE_PORTS: `${port + 4},${port + 5}`, DATABASE_URL: adminUrl };
  const command = `E2E_PORT=${env.E2E_PORT} E2E_INSTANCE_PORTS=${env.E2E_INSTANCE_PORTS} npx playwright test ${spec}`;
  if (!["/usr/bin/chromium", "/usr/bin/chromium-browser", process.env.CHROMIUM_PATH].some((p) => p && existsSync(p))) {
    out.push({
      name: "live meeting between two people (e2e)",
      command,
      passed: null,
      summary: "not run: no Chromium (apt-get install chromium)",
    });
    return out;
  }
  console.log(`\n== the live meeting between two people through the proxy (${command})`);
  const e2e = await script(root, [process.execPath, path.join(root, "node_modules", "@playwright", "test", "cli.js"), "test", spec], env);
  out.push({
    name: "live meeting between two people (e2e)",
    command,
    passed: e2e.code === 0,
    summary: [/requests per backend: .*/, /\d+ (passed|failed)[^\n]*/]
      .map((re) => e2e.output.match(re)?.[0])
      .filter(Boolean)
      .join("; "),
  });
  return out;
}
