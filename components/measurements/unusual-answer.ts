import type { ActionState } from "@/lib/auth/action";
import type { UsualRange } from "@/lib/domain/unusual-value";

/** The answer's question about item `index` (a value far outside its series' recent range), or null. */
export function unusualAt(state: ActionState<unknown>, index: number): UsualRange | null {
  if (!state || state.ok || state.error !== "measurements.unusual.ask") return null;
  const low = state.errorValues?.[`low.${index}`];
  const high = state.errorValues?.[`high.${index}`];
  return typeof low === "number" && typeof high === "number" ? { low, high } : null;
}
