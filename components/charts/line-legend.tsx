"use client";

import { LINE_STYLE, type LineKind, useChartPalette } from "./chart-theme";

/**
 * The chart's legend as HTML: each entry draws its line's colour and dash
 * pattern, and the name is text, so it reads without the canvas and without
 * telling colours apart.
 */
export function LineLegend({ items }: { items: { kind: LineKind; label: string }[] }) {
  const palette = useChartPalette();
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1.5 text-xs text-slate-700 dark:text-slate-300">
      {items.map((item) => {
        const style = LINE_STYLE[item.kind];
        return (
          <li key={item.kind} className="flex items-center gap-2">
            <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden className="shrink-0">
              {item.kind === "range" ? <rect x="1" y="1" width="26" height="8" rx="2" fill={palette.range} /> : null}
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={palette[item.kind]}
                strokeWidth={style.width}
                strokeDasharray={style.dash.join(" ") || undefined}
                strokeLinecap={item.kind === "forecast" ? "round" : "butt"}
              />
              {style.points ? <circle cx="14" cy="5" r="3.5" fill={palette[item.kind]} stroke={palette.surface} strokeWidth="1.5" /> : null}
            </svg>
            {item.label}
          </li>
        );
      })}
    </ul>
  );
}
