import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BulkGrid, type FinerCell } from "@/components/measurements/bulk-grid";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { TenantContext } from "@/lib/data/context";
import type { CatalogChannel } from "@/lib/data/benchmarks";
import { channelGridPoints, newestChannelId } from "@/lib/data/measurements";
import { addDays, compareDates, isoDateMs } from "@/lib/domain/dates";
import { gridCells } from "@/lib/domain/grid-cells";
import { type Granularity, gridWindows, periodDates } from "@/lib/domain/periods";
import { COVERS, type CoveredValue } from "@/lib/domain/series";
import { formatDate, formatValue } from "@/lib/format";
import { localized } from "@/lib/i18n/locales";
import { GridPicker } from "./grid-picker";
import { recordBulkAction } from "./actions";

export type GridQuery = { channel?: string; every?: string; to?: string };

/** The last day of the period starting on `start`. */
function periodEnd(every: Granularity, start: string): string {
  if (every === "day") return start;
  if (every === "week") return addDays(start, 6) ?? start;
  const d = new Date(isoDateMs(start)!);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).toISOString().slice(0, 10);
}

/**
 * "Record many at once": opens on the channel with the newest measurement and
 * the window ending in the current period (scrolled to it), with links to
 * earlier and later windows. Week and month columns over daily values show
 * what those add up to, read-only (lib/domain/grid-cells.ts).
 */
export async function GridSection({
  ctx,
  slug,
  channels,
  today,
  query,
}: {
  ctx: TenantContext;
  slug: string;
  channels: CatalogChannel[];
  today: string;
  query: GridQuery;
}) {
  const [t, tUnits, locale] = await Promise.all([getTranslations("measurements.grid"), getTranslations("goals.units"), getLocale()]);
  const asked = channels.find((c) => c.id === query.channel);
  const newest = asked ? null : await newestChannelId(ctx);
  const channel = asked ?? channels.find((c) => c.id === newest) ?? channels[0];
  const every = COVERS.find((g) => g === query.every) ?? "week";
  const to = isoDateMs(query.to) !== null && compareDates(query.to, today) < 0 ? query.to! : today;
  const dates = periodDates(every, to);
  const windows = gridWindows(every, dates, today);
  // A month column also reads the weeks that start in the days before its 1st.
  const from = every === "month" ? (addDays(dates[0] ?? today, -6) ?? today) : (dates[0] ?? today);
  const points = channel
    ? await channelGridPoints(ctx, channel.id, { from, to: periodEnd(every, dates.at(-1) ?? today) })
    : new Map<string, CoveredValue[]>();
  const own: Record<string, number> = {};
  const finer: Record<string, FinerCell> = {};
  for (const m of channel?.metrics ?? []) {
    gridCells(points.get(m.id) ?? [], m.kind, every, dates, today).forEach((cell, i) => {
      const key = `${m.id}|${dates[i]}`;
      if (cell.kind === "finer") finer[key] = { text: formatValue(locale, m.unit, cell.value), from: cell.from, partial: cell.partial };
      else if (cell.value !== null) own[key] = cell.value;
    });
  }
  const link = (anchor: string | null) =>
    `/${slug}/measurements?${new URLSearchParams({ channel: channel?.id ?? "", every, ...(anchor ? { to: anchor } : {}) })}#grid-heading`;
  const name = (x: { nameNb: string; nameEn: string }) => localized(x, locale);
  return (
    <Card className="space-y-4">
      <div>
        <h2 id="grid-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("body")}</p>
      </div>
      <GridPicker channels={channels.map((c) => ({ value: c.id, label: name(c) }))} channel={channel?.id ?? ""} every={every} />
      {channel ? (
        <>
          <nav aria-label={t("windows")} className="flex flex-wrap gap-2">
            {windows.earlier ? (
              <Link href={link(windows.earlier)} className={buttonClass("secondary")}>
                {t(`earlier.${every}`)}
              </Link>
            ) : null}
            {windows.later ? (
              <>
                <Link href={link(windows.later)} className={buttonClass("secondary")}>
                  {t(`later.${every}`)}
                </Link>
                <Link href={link(null)} className={buttonClass("secondary")}>
                  {t(`current.${every}`)}
                </Link>
              </>
            ) : null}
          </nav>
          <BulkGrid
            key={`${channel.id}-${every}-${to}-${JSON.stringify(own)}-${JSON.stringify(finer)}`}
            org={slug}
            channelId={channel.id}
            metrics={channel.metrics.map((m) => ({ id: m.id, name: name(m), unit: m.unit, unitLabel: tUnits(m.unit) }))}
            columns={dates.map((date) => ({ date, label: formatDate(locale, date) }))}
            values={own}
            finer={finer}
            recordBulk={recordBulkAction}
            every={every}
          />
        </>
      ) : null}
    </Card>
  );
}
