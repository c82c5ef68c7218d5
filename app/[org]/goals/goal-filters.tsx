import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

type Option = { value: string; label: string };

/** Filters by owner and channel as a plain GET form: works without JavaScript, and the URL can be shared. */
export function GoalFilters({ owners, channels, owner, channel }: { owners: Option[]; channels: Option[]; owner?: string; channel?: string }) {
  const t = useTranslations("goals.filters");
  const select = "rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900";
  return (
    <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label={t("label")}>
      <div className="space-y-1">
        <label htmlFor="filter-owner" className="block text-sm font-medium">
          {t("owner")}
        </label>
        <select id="filter-owner" name="owner" defaultValue={owner ?? ""} className={select}>
          <option value="">{t("everyone")}</option>
          {owners.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="filter-channel" className="block text-sm font-medium">
          {t("channel")}
        </label>
        <select id="filter-channel" name="channel" defaultValue={channel ?? ""} className={select}>
          <option value="">{t("allChannels")}</option>
          {channels.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("apply")}
      </button>
    </form>
  );
}
