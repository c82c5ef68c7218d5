import type { Measured } from "./stats";
import { type LoadSettings, line, measure, type Target } from "./load";

/** One server's side of a comparison: where to send the target, and its SQL/request if counted. */
export type Leg = { label: string; base: string; target: Target; queries: number | null };

/**
 * Measures groups of legs alternately, in rounds: round 1 runs every group's
 * legs one after the other (floor, target, floor, target …), then round 2
 * does it again, so that each comparison is taken side by side at the same
 * moment of the machine's load, and slow drift is spread over all of them.
 * Each leg is warmed up in the first round only. Returns, per group and leg,
 * the measurement of every round.
 */
export async function alternate(groups: Leg[][], s: LoadSettings, rounds: number): Promise<Measured[][][]> {
  const out = groups.map((g) => g.map(() => [] as Measured[]));
  const warmed = new Set<string>();
  for (let r = 0; r < rounds; r++) {
    console.log(`round ${r + 1} of ${rounds}`);
    for (const [gi, group] of groups.entries()) {
      for (const [li, leg] of group.entries()) {
        // A server answering the same request again needs no second warm-up.
        const key = `${leg.base} ${leg.target.key}`;
        const m = await measure(leg.base, leg.target, s, !warmed.has(key), leg.queries);
        warmed.add(key);
        out[gi]![li]!.push(m);
        console.log(`  ${line(leg.label, m)}`);
        if (!m.requests) console.log(`  ${leg.label}: no answer within ${s.duration} s (a loaded machine?): this round gives no ratio`);
      }
    }
  }
  return out;
}
