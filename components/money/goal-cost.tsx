import type { Economics } from "@/lib/data/money";
import { figureText, nokText } from "./figure-text";

type T = (key: string, values?: Record<string, string | number>) => string;

/** Beside a goal whose channel cost money last month: what each of the channel's results cost then. `t` is "economics". */
export function goalCostText(t: T, locale: string, economics: Economics, channelId: string | null): string | null {
  const last = economics.channels.find((c) => c.id === channelId)?.windows.lastMonth;
  if (!last || !last.spend) return null;
  return last.costPerResult.state === "value"
    ? t("goalCost", { cost: figureText(locale, last.costPerResult, "nok", t) })
    : t("goalNoResults", { spend: nokText(locale, last.spend) });
}
