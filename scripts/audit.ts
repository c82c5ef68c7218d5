// CI's dependency check: `npm audit` over the locked tree. Prints one summary
// line and exits 1 on any high or critical advisory.
//
// When the registry does not answer audit requests (a mirror without the
// advisory endpoint, or no network), that is printed loudly and the run goes
// on, unless MAALBAR_AUDIT_REQUIRED=1 makes it a failure too.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

type Counts = Partial<Record<"info" | "low" | "moderate" | "high" | "critical", number>>;
type Report = { metadata?: { vulnerabilities?: Counts }; message?: string; error?: { summary?: string } };
export type AuditVerdict = { ok: boolean; summary: string };

/** Reads `npm audit --json` output. */
export function auditVerdict(stdout: string, required = false): AuditVerdict {
  let report: Report;
  try {
    report = JSON.parse(stdout) as Report;
  } catch {
    return unavailable("it printed no JSON", required);
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return unavailable(report.message || report.error?.summary || "no report", required);
  const n = (k: keyof Counts) => counts[k] ?? 0;
  const summary = `npm audit: ${n("critical")} critical, ${n("high")} high, ${n("moderate")} moderate, ${n("low")} low`;
  return n("high") + n("critical") > 0
    ? { ok: false, summary: `${summary}: high or critical advisories, run \`npm audit\` for details` }
    : { ok: true, summary };
}

function unavailable(reason: string, required: boolean): AuditVerdict {
  const what = required ? "failing (MAALBAR_AUDIT_REQUIRED=1)" : "NOT CHECKED in this run";
  return { ok: !required, summary: `npm audit: the registry gave no audit report (${reason.slice(0, 200)}); dependencies ${what}` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const run = spawnSync("npm", ["audit", "--audit-level=high", "--json"], { cwd: root, encoding: "utf8", timeout: 120_000 });
  const verdict = auditVerdict(run.stdout ?? "", process.env.MAALBAR_AUDIT_REQUIRED === "1");
  console.log(`\n== audit\n${verdict.summary}`);
  process.exit(verdict.ok ? 0 : 1);
}
