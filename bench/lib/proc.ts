import { readdirSync, readFileSync } from "node:fs";

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ: 100 on Linux). */
export const TICKS_PER_SECOND = 100;

/**
 * A process's group and its CPU time so far (utime + stime, in ticks), from
 * /proc/<pid>/stat; null when it cannot be read (it ended, or runs on another host).
 */
export function procStat(pid: number | string): { pgrp: number; ticks: number } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After the ")" that ends the command name: state ppid pgrp …; utime and stime are fields 14 and 15 of the whole line.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return { pgrp: Number(fields[2]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return null;
  }
}

/** Every process id on this host now. */
export const processIds = () => readdirSync("/proc").filter((p) => /^\d+$/.test(p));

/**
 * The whole machine's CPU time so far, in ticks, from /proc/stat's first line
 * (user nice system idle iowait irq softirq): busy is all but idle and iowait.
 */
export function machineTicks(): { busy: number; total: number } {
  const cpu = readFileSync("/proc/stat", "utf8").split("\n")[0]!.split(/\s+/).slice(1, 8).map(Number);
  const busy = cpu[0]! + cpu[1]! + cpu[2]! + cpu[5]! + cpu[6]!;
  return { busy, total: busy + cpu[3]! + cpu[4]! };
}

/** The share (0–1) of the machine's CPU other processes than this one used between two readings. */
export function othersBusyShare(
  before: { machine: { busy: number; total: number }; self: number },
  after: { machine: { busy: number; total: number }; self: number },
): number {
  const total = after.machine.total - before.machine.total;
  if (total <= 0) return 0;
  return Math.max(0, after.machine.busy - before.machine.busy - (after.self - before.self)) / total;
}

/** This process's and the machine's CPU time now, for othersBusyShare. */
export const cpuReading = () => ({ machine: machineTicks(), self: procStat(process.pid)?.ticks ?? 0 });

/**
 * Wait until the rest of the machine is quiet: its busy share over one second
 * below `share`, or `maxSeconds` passed (load rounds leave PostgreSQL
 * vacuuming and writing for a while). The seconds waited and the last share seen.
 */
export async function waitForQuiet(share: number, maxSeconds: number): Promise<{ seconds: number; busy: number }> {
  const start = Date.now();
  for (;;) {
    const before = cpuReading();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const busy = othersBusyShare(before, cpuReading());
    const seconds = (Date.now() - start) / 1000;
    if (busy < share || seconds >= maxSeconds) return { seconds, busy };
  }
}
