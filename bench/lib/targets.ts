import type { Dataset } from "../data/generate";
import { actionBody, actionSucceeded } from "./action-body";
import type { Target } from "./load";

/** The floor app's page: one `select` of the bench organization, rendered. */
export function floorTarget(slug: string): Target {
  return {
    key: "floor",
    request: () => ({ method: "GET", path: `/?slug=${encodeURIComponent(slug)}`, headers: {} }),
    ok: (b) => b.includes(`data-slug="${slug}"`),
  };
}

/** Målbar's measured requests, signed in as the bench organization's owner. */
export function targets(data: Dataset, cookie: string, base: string, recordId: string): Target[] {
  const { slug, goalId, goalTitle, series } = data.bench;
  const page = (path: string, marker: string) => ({
    request: () => ({ method: "GET" as const, path, headers: { cookie } }),
    ok: (b: string) => b.includes(marker),
  });
  const escaped = goalTitle.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  let n = 0;
  return [
    { key: "health", request: () => ({ method: "GET", path: "/api/health", headers: {} }), ok: (b) => b.includes('"status":"ok"') },
    // A server-rendered page that reads nothing: what rendering any page through Next and Målbar's shell costs.
    { key: "login", request: () => ({ method: "GET", path: "/login", headers: {} }), ok: (b) => b.includes('name="password"') },
    // An organization page with little data of its own: the organization shell's cost.
    { key: "notifications", ...page(`/${slug}/notifications`, 'id="notifications-heading"') },
    { key: "dashboard", ...page(`/${slug}`, 'id="active-goals"') },
    { key: "goal", ...page(`/${slug}/goals/${goalId}`, escaped) },
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
          { org: slug, channelId: s.channelId, metricId: s.metricId, date, value: String(100 + ((n * 37) % 5000) + 0.5), note: "" },
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
