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
