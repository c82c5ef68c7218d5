/**
 * Figures the source article quotes from others (DOMAIN.md, "Review cadence,
 * and why"), shown as in-app help. They are the article's citations, never
 * Målbar's own findings: the UI always names who found them and the guide
 * they come through (components/ui/cited-tip.tsx). `share` is a fraction for Intl's
 * percent format; `source` is who the article names, null where it names
 * nobody ("en amerikansk studie", "statistikk viser").
 */
export const CITED_FIGURES = {
  /** Small businesses with clear marketing goals: 376 % more likely to succeed. */
  clearGoals: { share: 3.76, source: "HubSpot" },
  /** Small businesses without defined goals that struggle to measure marketing ROI. */
  noGoalsRoi: { share: 0.82, source: "Small Business Trends" },
  /** Small businesses that miss their goals because they are too broad or lack a plan. */
  tooBroad: { share: 0.6, source: "Nielsen" },
  /** Higher campaign efficiency for companies using SMART goals. */
  smartEfficiency: { share: 0.32, source: "MarketingProfs" },
  /** Better chance of success when the team is involved in setting goals. */
  teamInvolvement: { share: 0.38, source: null },
  /** Small businesses that lose direction because of unclear or unrealistic goals. */
  unclearGoals: { share: 0.57, source: null },
} as const satisfies Record<string, { share: number; source: string | null }>;

export type CitedFigure = keyof typeof CITED_FIGURES;
