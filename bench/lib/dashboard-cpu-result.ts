/** What bench/dashboard-cpu.ts measured: `dashboardData`'s own CPU per call, in-process (issue 20: ≤ 2 ms at 1M). */
export type DashboardCpu = {
  calls: number;
  goals: number;
  snapshots: number;
  /** As the owner sees it, with every channel's economics. */
  money: boolean;
  /** The insight cache emptied before each call. */
  miss: boolean;
  cpuMedianMs: number;
  cpuP90Ms: number;
  wallMedianMs: number;
  /** The share of the machine's CPU (percent) other processes used during the measured calls, PostgreSQL answering them included. */
  othersBusyPct?: number;
  /** How long the script waited for the machine to quieten first (--quiet). */
  waitedSeconds?: number;
};

/** The prefix of the line bench/dashboard-cpu.ts --json prints its result on. */
export const JSON_MARK = "dashboard-cpu-json: ";

/** The result in a run's output, or null when the script printed none. */
export function dashboardCpuIn(output: string): DashboardCpu | null {
  const line = output.split("\n").find((l) => l.startsWith(JSON_MARK));
  return line ? (JSON.parse(line.slice(JSON_MARK.length)) as DashboardCpu) : null;
}
