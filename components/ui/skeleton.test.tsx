import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DashboardSkeleton, GoalPageSkeleton, MeetingSkeleton } from "./page-skeletons";
import { Skeleton } from "./skeleton";

describe("page skeletons", () => {
  it.each([
    ["dashboard", DashboardSkeleton],
    ["goal page", GoalPageSkeleton],
    ["meeting", MeetingSkeleton],
  ] as const)("the %s skeleton is busy, says what it waits for, and hides its placeholders from screen readers", (_, Shape) => {
    const html = renderToStaticMarkup(<Shape label="Laster inn …" />);
    expect(html).toMatch(/^<div aria-busy="true"/);
    expect(html).toContain('<p role="status" class="sr-only">Laster inn …</p>');
    // Everything but the status sits in one hidden layer.
    expect(html).toContain('<div aria-hidden="true">');
    expect(html.match(/class="skeleton /g)?.length).toBeGreaterThan(3);
  });

  it("pulses, stops pulsing for people who ask for less motion, and has a dark colour", () => {
    const html = renderToStaticMarkup(<Skeleton className="h-4" />);
    expect(html).toBe('<div aria-hidden="true" class="skeleton h-4"></div>');
    // The class is the stylesheet's (app/globals.css), so its utilities are not repeated in every page's HTML.
    const css = readFileSync(path.resolve(__dirname, "../../app/globals.css"), "utf8");
    const rule = /\.skeleton \{\s*@apply ([^;]+);/.exec(css)?.[1]?.split(" ");
    expect(rule).toEqual(expect.arrayContaining(["animate-pulse", "motion-reduce:animate-none", "dark:bg-slate-800"]));
  });
});
