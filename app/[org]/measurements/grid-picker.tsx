import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";

/** Which channel and which periods the grid shows: a GET form, so it works without JavaScript. */
export function GridPicker({ channels, channel, every }: { channels: { value: string; label: string }[]; channel: string; every: string }) {
  const t = useTranslations("measurements.grid");
  return (
    <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <FilterSelect id="grid-channel" name="channel" label={t("channel")} value={channel} options={channels} />
      <FilterSelect
        id="grid-every"
        name="every"
        label={t("every")}
        value={every}
        options={(["day", "week", "month"] as const).map((g) => ({ value: g, label: t(`periods.${g}`) }))}
      />
      <button type="submit" className={buttonClass("secondary")}>
        {t("show")}
      </button>
    </form>
  );
}
