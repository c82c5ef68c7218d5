"use client";

import { useId } from "react";

export type Finding = { key: string; text: string };

/**
 * One list of an import preview's findings (the corrections it would make, or
 * the unusual values it imports all the same): a heading, the first items as
 * sentences, and "… and N more". Each preview words its own rows.
 */
export function PreviewFindings({
  title,
  items,
  more,
  tone,
}: {
  title: string;
  items: Finding[];
  more: string | null;
  tone: "plain" | "warning";
}) {
  const id = useId();
  if (items.length === 0) return null;
  const warning = tone === "warning";
  return (
    <section
      aria-labelledby={id}
      className={
        warning
          ? "space-y-1 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
          : "space-y-1 text-sm"
      }
    >
      <h3 id={id} className="font-semibold">
        {title}
      </h3>
      <ul className={warning ? "list-inside list-disc" : "list-inside list-disc tabular-nums"}>
        {items.map((item) => (
          <li key={item.key}>{item.text}</li>
        ))}
      </ul>
      {more ? <p>{more}</p> : null}
    </section>
  );
}
