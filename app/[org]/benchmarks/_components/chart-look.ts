import { useChartPalette } from "@/components/charts/chart-theme";

/** The three bars a channel gets. */
export type BarKind = "benchmark" | "actual" | "targets";

export type BarPalette = Record<BarKind, string> & { grid: string; text: string; plate: string };

/** The chart's height for a number of channels: room for three bars each, the legend and the axis. */
export function chartHeight(channels: number): number {
  return 72 + channels * 58;
}

/** The goal chart's palette, as bars: benchmark, actual (measurements) and targets. */
export function useBarPalette(): BarPalette {
  const p = useChartPalette();
  return { benchmark: p.benchmark, actual: p.measurements, targets: p.target, grid: p.grid, text: p.text, plate: p.surface };
}

/**
 * A fill that tells the bars apart without colour: the benchmark solid, the
 * actual uplift striped, the targets dotted. The legend shows the same fills.
 */
export function barFill(kind: BarKind, color: string): string | CanvasPattern {
  if (kind === "benchmark") return color;
  const size = 8;
  const tile = document.createElement("canvas");
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext("2d");
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.globalAlpha = 0.25;
  ctx.fillRect(0, 0, size, size);
  ctx.globalAlpha = 1;
  if (kind === "actual") {
    // Diagonal stripes that join across tiles.
    ctx.strokeStyle = color;
    ctx.lineWidth = 2.5;
    ctx.beginPath();
    ctx.moveTo(0, size);
    ctx.lineTo(size, 0);
    ctx.moveTo(-size / 2, size / 2);
    ctx.lineTo(size / 2, -size / 2);
    ctx.moveTo(size / 2, size + size / 2);
    ctx.lineTo(size + size / 2, size / 2);
    ctx.stroke();
  } else {
    ctx.beginPath();
    ctx.arc(size / 2, size / 2, 1.8, 0, Math.PI * 2);
    ctx.fill();
  }
  return ctx.createPattern(tile, "repeat") ?? color;
}
