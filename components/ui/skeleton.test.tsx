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
    expect(html.match(/animate-pulse/g)?.length).toBeGreaterThan(3);
  });

  it("stops pulsing for people who ask for less motion, and has a dark colour", () => {
    const html = renderToStaticMarkup(<Skeleton className="h-4" />);
    expect(html).toContain("motion-reduce:animate-none");
    expect(html).toContain("dark:bg-slate-800");
    expect(html).toContain('aria-hidden="true"');
  });
});
