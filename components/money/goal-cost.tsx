import { getTranslations } from "next-intl/server";
import type { Economics } from "@/lib/data/money";
import { figureText, nokText } from "./figure-text";

/** Beside a goal whose channel cost money last month: what each of the channel's results cost then. */
export async function GoalCost({ economics, channelId, locale }: { economics: Economics; channelId: string | null; locale: string }) {
  const last = economics.channels.find((c) => c.id === channelId)?.windows.lastMonth;
  if (!last || !last.spend) return null;
  const t = await getTranslations("economics");
  return (
    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
      {last.costPerResult.state === "value"
        ? t("goalCost", { cost: figureText(locale, last.costPerResult, "nok", t) })
        : t("goalNoResults", { spend: nokText(locale, last.spend) })}
    </p>
  );
}
