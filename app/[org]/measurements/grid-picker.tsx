import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";

/** Which channel and which periods the grid shows: a GET form, so it works without JavaScript. */
export function GridPicker({ channels, channel, every }: { channels: { value: string; label: string }[]; channel: string; every: string }) {
  const t = useTranslations("measurements.grid");
  const select = "rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm dark:border-slate-700 dark:bg-slate-900";
  return (
    <form method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="space-y-1">
        <label htmlFor="grid-channel" className="block text-sm font-medium">
          {t("channel")}
        </label>
        <select id="grid-channel" name="channel" defaultValue={channel} className={select}>
          {channels.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="grid-every" className="block text-sm font-medium">
          {t("every")}
        </label>
        <select id="grid-every" name="every" defaultValue={every} className={select}>
          {(["day", "week", "month"] as const).map((g) => (
            <option key={g} value={g}>
              {t(`periods.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {t("show")}
      </button>
    </form>
  );
}
