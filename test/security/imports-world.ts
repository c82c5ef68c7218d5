import { commitFileImport, savePreset } from "@/lib/data/imports";
import type { ColumnMapping } from "@/lib/domain/import";
import { addDays } from "@/lib/domain/dates";
import { todayIn } from "@/lib/format";

/** A spreadsheet of the side's own metric, as the column mapper reads it (date;value), and its mapping. */
export function importSheet(side: { channelKey: string; metricKey: string }, daysAgo = 7): { grid: string[][]; mapping: ColumnMapping } {
  const today = todayIn("Europe/Oslo");
  return {
    grid: [
      ["Dag", "Tall"],
      [addDays(today, -daysAgo)!, "17"],
    ],
    mapping: {
      headerRow: 0,
      dateColumn: 0,
      dateFormat: "iso",
      columns: [{ column: 1, channel: side.channelKey, metric: side.metricKey, combine: "sum" }],
    },
  };
}

/** One committed import and one saved preset of the side, named with its marker. */
export async function seedImport(side: {
  orgId: string;
  ownerId: string;
  managerId: string;
  marker: string;
  channelId: string;
  channelKey: string;
  metricKey: string;
}) {
  const ctx = { orgId: side.orgId, userId: side.managerId, role: "manager" as const };
  const { grid, mapping } = importSheet(side);
  const done = await commitFileImport(
    ctx,
    grid,
    `tall ${side.marker}.csv`,
    { channels: { [side.channelKey]: side.channelId }, mapping },
    todayIn("Europe/Oslo"),
  );
  const presetId = await savePreset(ctx, { name: `Oppsett ${side.marker}`, mapping, header: grid[0]! });
  return { importId: done.importId, presetId };
}
