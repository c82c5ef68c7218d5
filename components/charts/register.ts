/**
 * The chart.js parts Målbar's line charts use, and nothing else, so the
 * charts' chunk stays small. Imported only by line-chart.tsx, which pages
 * load with next/dynamic: pages without a chart never download chart.js.
 * No Legend plugin: the legend is HTML next to the canvas (see LineLegend).
 */
import { Chart, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip } from "chart.js";

// Filler: the forecast's range is a band filled between two lines.
Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Filler);

export { Chart };
