import { useSyncExternalStore } from "react";

/** The three bars a channel gets. */
export type BarKind = "benchmark" | "actual" | "targets";

export type BarPalette = Record<BarKind, string> & { grid: string; text: string; plate: string };

// Tailwind's amber, brand (teal) and slate: 700/600 on white, 300/400 on slate-900,
// the same families the goal chart uses for the benchmark, measurements and target.
const LIGHT: BarPalette = { benchmark: "#b45309", actual: "#19655d", targets: "#475569", grid: "#e2e8f0", text: "#334155", plate: "#ffffff" };
const DARK: BarPalette = { benchmark: "#fbbf24", actual: "#79d4c2", targets: "#cbd5e1", grid: "#1e293b", text: "#cbd5e1", plate: "#0f172a" };

/** The chart's height for a number of channels: room for three bars each, the legend and the axis. */
export function chartHeight(channels: number): number {
  return 72 + channels * 58;
}

const DARK_QUERY = "(prefers-color-scheme: dark)";
const subscribe = (onChange: () => void) => {
  const list = window.matchMedia(DARK_QUERY);
  list.addEventListener("change", onChange);
  return () => list.removeEventListener("change", onChange);
};

/** The palette for the page's colour scheme (tailwind's darkMode is "media"), following changes live. */
export function useBarPalette(): BarPalette {
  return useSyncExternalStore(subscribe, () => window.matchMedia(DARK_QUERY).matches, () => false) ? DARK : LIGHT;
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
