"use client";

import { Link } from "@/components/ui/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ProgressBar } from "@/components/ui/progress-bar";

/** One active goal on the dashboard, every word already formatted on the server (goal-row-view.ts). */
export type GoalRowView = {
  id: string;
  title: string;
  /** The pace and, when the owner gave one, the confidence: tone, mark (so colour is never the only signal), words. */
  badges: (readonly [BadgeTone, string, string])[];
  /** Channel · metric · owner · deadline. */
  meta: string;
  /** The progress bar: progress, where it should be today, and its accessible name; null before the first measurement. */
  bar: [number, number | null, string] | null;
  /** The numbers under the bar in words, or "no measurements yet". */
  line: string;
  reason: string | null;
  /** Term and value; the last is when it was last measured. */
  facts: [string, string][];
  /** The last measurement is too long ago. */
  stale: boolean;
  /** What each of the channel's results cost last month, for people who see money. */
  cost: string | null;
};

/**
 * The dashboard's goal rows: pace, progress against where it should be,
 * forecast and what it still needs. A client component only so the RSC
 * payload carries these strings instead of the rows' element tree (issue 20);
 * it formats nothing and reads no messages.
 */
export function GoalRows({ slug, rows }: { slug: string; rows: GoalRowView[] }) {
  return (
    <ul>
      {rows.map((row) => (
        <li key={row.id} className="goal-row">
          <div>
            <Link href={`/${slug}/goals/${row.id}`}>{row.title}</Link>
            <span>
              {row.badges.map(([tone, mark, words]) => (
                <Badge key={words} tone={tone}>
                  <span aria-hidden className="mr-1">
                    {mark}
                  </span>
                  {words}
                </Badge>
              ))}
            </span>
          </div>
          <p>{row.meta}</p>
          {row.bar ? (
            <div>
              <ProgressBar progress={row.bar[0]} expected={row.bar[1]} label={row.bar[2]} />
              <p>{row.line}</p>
            </div>
          ) : (
            <p className="goal-none">{row.line}</p>
          )}
          {row.reason ? <p className="goal-why">{row.reason}</p> : null}
          <dl className="facts">
            {row.facts.map(([term, value], i) => (
              <div key={term}>
                <dt>{term}</dt>
                <dd className={row.stale && i === row.facts.length - 1 ? "stale" : undefined}>{value}</dd>
              </div>
            ))}
          </dl>
          {row.cost ? <p className="goal-cost">{row.cost}</p> : null}
        </li>
      ))}
    </ul>
  );
}
