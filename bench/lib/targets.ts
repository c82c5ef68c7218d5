import type { Dataset } from "../data/generate";
import { actionBody, actionSucceeded } from "./action-body";
import type { Target } from "./load";

/**
 * The floor app's page: one `select` of the bench organization, rendered.
 * With `behind` "/secure", the same page behind the floor's proxy (a nonce and
 * Målbar's Content-Security-Policy on every request, bench/floor/proxy.floor.tsx).
 */
export function floorTarget(slug: string, key = "floor", behind = ""): Target {
  return {
    key,
    request: () => ({ method: "GET", path: `${behind || "/"}?slug=${encodeURIComponent(slug)}`, headers: {} }),
    ok: (b) => b.includes(`data-slug="${slug}"`),
  };
}

/**
 * The floor page grown to `rows` rows (bench/floor/app/sized): bare Next.js
 * drawing a page as large as one of Målbar's, to read that page's ratio beside;
 * with `behind` "/secure", behind the floor's proxy too.
 */
export function floorSized(key: string, slug: string, rows: number, behind = ""): Target {
  return {
    key,
    request: () => ({ method: "GET", path: `${behind}/sized?slug=${encodeURIComponent(slug)}&rows=${rows}`, headers: {} }),
    ok: (b) => b.includes(`data-slug="${slug}"`),
  };
}

/**
 * What a browser sends for a page's document (a reload, an address typed): such a request may be
 * answered from a kept copy of the page (lib/http/page-cache.ts). Without these headers a page is
 * rendered each time, as for the router's own fetches: the `…Rendered` targets.
 */
const DOCUMENT = { accept: "text/html,application/xhtml+xml", "sec-fetch-dest": "document", "sec-fetch-mode": "navigate" };

/** Målbar's measured requests, signed in as the bench organization's owner. */
/**
 * A value a person could type for the series: within a few per cent of its level
 * (so the "are you sure?" check runs and passes), whole for a count, two decimals otherwise.
 */
function ordinaryValue(s: { level: number; unit: string }, n: number): string {
  const v = s.level * (1 + ((n % 7) - 3) / 100);
  return s.unit === "count" ? String(Math.round(v)) : v.toFixed(2);
}

export function targets(data: Dataset, cookie: string, base: string, recordId: string): Target[] {
  const { slug, goalId, goalTitle, series } = data.bench;
  const page = (path: string, marker: string, rendered = false) => ({
    request: () => ({ method: "GET" as const, path, headers: rendered ? { cookie } : { cookie, ...DOCUMENT } }),
    ok: (b: string) => b.includes(marker),
  });
  const escaped = goalTitle.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  let n = 0;
  return [
    { key: "health", request: () => ({ method: "GET", path: "/api/health", headers: {} }), ok: (b) => b.includes('"status":"ok"') },
    // A server-rendered page that reads nothing: what rendering any page through Next and Målbar's shell costs.
    { key: "login", request: () => ({ method: "GET", path: "/login", headers: DOCUMENT }), ok: (b) => b.includes('name="password"') },
    { key: "loginRendered", request: () => ({ method: "GET", path: "/login", headers: {} }), ok: (b) => b.includes('name="password"') },
    // An organization page with little data of its own: the organization shell's cost.
    { key: "notifications", ...page(`/${slug}/notifications`, 'id="notifications-heading"') },
    { key: "dashboard", ...page(`/${slug}`, 'id="active-goals"') },
    { key: "dashboardRendered", ...page(`/${slug}`, 'id="active-goals"', true) },
    { key: "goal", ...page(`/${slug}/goals/${goalId}`, escaped) },
    { key: "goalRendered", ...page(`/${slug}/goals/${goalId}`, escaped, true) },
    { key: "goalChart", ...page(`/api/orgs/${slug}/goals/${goalId}/chart?range=all`, '"measurements":[{') },
    { key: "benchmarks", ...page(`/${slug}/benchmarks`, 'id="benchmark-table-heading"') },
    { key: "reviews", ...page(`/${slug}/reviews`, 'id="upcoming-heading"') },
    {
      key: "record",
      // Posted from the goal page, as its quick entry does; each request a different series and a date
      // in the last three years (mostly corrections of stored values, so history rows too) and a new value.
      request: () => {
        n += 1;
        const s = series[n % series.length]!;
        const date = new Date(Date.parse(data.today) - (1 + ((n * 7919) % 1094)) * 86_400_000).toISOString().slice(0, 10);
        const { body, contentType } = actionBody(
          { org: slug, channelId: s.channelId, metricId: s.metricId, date, value: ordinaryValue(s, n), note: "" },
          `----maalbar${n.toString(36)}`,
        );
        return {
          method: "POST",
          path: `/${slug}/goals/${goalId}`,
          headers: { cookie, origin: base, accept: "text/x-component", "next-action": recordId, "content-type": contentType },
          body,
        };
      },
      ok: actionSucceeded,
    },
  ];
}
