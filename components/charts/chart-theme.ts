import { useSyncExternalStore } from "react";

/** The lines a goal chart can draw. */
export type LineKind = "measurements" | "partial" | "target" | "benchmark" | "forecast" | "range";

/**
 * Each line has its own dash pattern as well as its own colour, so they stay
 * apart in greyscale and for people who don't see the colours: solid with
 * dots, dash-dot, dashed, dotted.
 */
export const LINE_STYLE: Record<LineKind, { dash: number[]; width: number; points: boolean }> = {
  measurements: { dash: [], width: 2.5, points: true },
  // The current period while it is not over: the measurements' colour, dashed, so it never reads as a complete period.
  partial: { dash: [4, 3], width: 2, points: true },
  target: { dash: [10, 4, 2, 4], width: 2, points: false },
  benchmark: { dash: [6, 4], width: 2, points: false },
  forecast: { dash: [2, 4], width: 2.5, points: false },
  // The forecast's 80 % range: no line, a band filled between its low and high edges.
  range: { dash: [], width: 0, points: false },
};

export type ChartPalette = Record<LineKind, string> & { grid: string; text: string; surface: string };

// Tailwind's brand, slate, amber and violet: 700/600 on white, 300/400 on slate-900.
const LIGHT: ChartPalette = {
  measurements: "#19655d",
  partial: "#19655d",
  target: "#475569",
  benchmark: "#b45309",
  forecast: "#7c3aed",
  range: "rgba(124, 58, 237, 0.14)",
  grid: "#e2e8f0",
  text: "#475569",
  surface: "#ffffff",
};
const DARK: ChartPalette = {
  measurements: "#79d4c2",
  partial: "#79d4c2",
  target: "#cbd5e1",
  benchmark: "#fbbf24",
  forecast: "#c4b5fd",
  range: "rgba(196, 181, 253, 0.2)",
  grid: "#334155",
  text: "#94a3b8",
  surface: "#0f172a",
};

function mediaQuery(query: string) {
  return {
    subscribe: (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    get: () => window.matchMedia(query).matches,
  };
}

const dark = mediaQuery("(prefers-color-scheme: dark)");
const reducedMotion = mediaQuery("(prefers-reduced-motion: reduce)");

/** The palette for the page's colour scheme (tailwind's darkMode is "media"), following changes live. */
export function useChartPalette(): ChartPalette {
  return useSyncExternalStore(dark.subscribe, dark.get, () => false) ? DARK : LIGHT;
}

export function useReducedMotion(): boolean {
  return useSyncExternalStore(reducedMotion.subscribe, reducedMotion.get, () => false);
}
