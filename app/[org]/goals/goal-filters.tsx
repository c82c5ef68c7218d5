import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";

type Option = { value: string; label: string };

/** Filters by owner and channel as a plain GET form: works without JavaScript, and the URL can be shared. */
export function GoalFilters({
  owners,
  channels,
  owner,
  channel,
}: {
  owners: Option[];
  channels: Option[];
  owner?: string;
  channel?: string;
}) {
  const t = useTranslations("goals.filters");
  return (
    <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label={t("label")}>
      <FilterSelect
        id="filter-owner"
        name="owner"
        label={t("owner")}
        value={owner ?? ""}
        options={[{ value: "", label: t("everyone") }, ...owners]}
      />
      <FilterSelect
        id="filter-channel"
        name="channel"
        label={t("channel")}
        value={channel ?? ""}
        options={[{ value: "", label: t("allChannels") }, ...channels]}
      />
      <button type="submit" className={buttonClass("secondary")}>
        {t("apply")}
      </button>
    </form>
  );
}
