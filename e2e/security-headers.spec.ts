import type { APIResponse, Page, Response } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ locale: "nb-NO" });

type Headers = Record<string, string>;

/** The headers every response carries, pages, API and static files alike (next.config.mjs). */
function expectStaticHeaders(headers: Headers, what: string) {
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  expect(headers["permissions-policy"], what).toContain("geolocation=()");
  expect(headers["x-frame-options"], what).toBe("DENY");
}

/** A page's policy (proxy.ts); returns its nonce. */
function expectPagePolicy(headers: Headers, what: string): string {
  expectStaticHeaders(headers, what);
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("default-src 'self'");
  expect(csp, what).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
  expect(csp, what).not.toContain("unsafe-eval");
  expect(csp, what).toContain("frame-ancestors 'none'");
  expect(csp, what).toContain("object-src 'none'");
  return /'nonce-([^']+)'/.exec(csp)![1]!;
}

function expectApiPolicy(headers: Headers, what: string) {
  expectStaticHeaders(headers, what);
  expect(headers["content-security-policy"], what).toContain("default-src 'none'");
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
}

/** Opens a page, checks its headers, and that its HTML's scripts carry this response's nonce and no other. */
async function visit(page: Page, path: string, seen: Set<string>): Promise<Response> {
  const response = (await page.goto(path))!;
  const nonce = expectPagePolicy(response.headers(), path);
  expect(seen.has(nonce), `${path}: a fresh nonce per response`).toBe(false);
  seen.add(nonce);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, path).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  return response;
}

const apiHeaders = (r: APIResponse) => r.headers();

test("every kind of page and API answer carries the security headers, and the pages run without a CSP violation", async ({ page }) => {
  test.setTimeout(120_000);
  // Every violation the browser reports, as console messages and as events.
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/content.security.policy|refused to (execute|load|apply|connect|frame)/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`Content-Security-Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const nonces = new Set<string>();

  await visit(page, "/login", nonces);
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
  await page.getByLabel("E-post").fill("eier@bakeriet.no");
  await page.getByLabel("Passord").fill("maalbar-demo");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/bakeriet$/);

  // Dashboard, then a goal page with its chart (chart.js draws on a canvas).
  await visit(page, "/bakeriet", nonces);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  const goalLink = page.getByRole("region", { name: "Aktive mål" }).getByRole("listitem").first().getByRole("link");
  const goalPath = new URL((await goalLink.getAttribute("href"))!, page.url()).pathname;
  await visit(page, goalPath, nonces);
  await expect(page.getByRole("region", { name: "Utvikling" }).locator("canvas")).toBeVisible();

  // Reviews, a closed meeting and its minutes; benchmarks (chart), measurements, a channel, team, account, a 404.
  await visit(page, "/bakeriet/reviews", nonces);
  await expect(page.getByRole("heading", { level: 1, name: "Gjennomganger" })).toBeVisible();
  // The demo's closed meeting links to its minutes.
  const meeting = page
    .getByRole("main")
    .getByRole("link", { name: /Månedsmøte i bakeriet/ })
    .first();
  const minutesPath = new URL((await meeting.getAttribute("href"))!, page.url()).pathname;
  await visit(page, minutesPath, nonces);
  await visit(page, minutesPath.replace(/\/minutes$/, ""), nonces);
  await visit(page, "/bakeriet/benchmarks", nonces);
  await expect(page.locator("canvas").first()).toBeVisible();
  for (const path of [
    "/bakeriet/goals",
    "/bakeriet/measurements",
    "/bakeriet/channels/instagram",
    "/bakeriet/team",
    "/bakeriet/account",
    "/bakeriet/notifications",
  ]) {
    await visit(page, path, nonces);
  }
  const missing = await visit(page, "/bakeriet/finnes-ikke", nonces);
  expect(missing.status()).toBe(404);

  // Radix's menu and a client-side navigation under the policy.
  await page.goto("/bakeriet");
  await page.getByRole("button", { name: /, brukermeny for / }).click();
  await page.getByRole("menuitem", { name: "Konto og passord" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Konto og passord" })).toBeVisible();

  expect(violations, "CSP violations on the main pages").toEqual([]);

  // API answers: JSON, CSV and the health check.
  const goalId = goalPath.split("/").pop()!;
  for (const path of [
    `/api/orgs/bakeriet/goals/${goalId}/chart`,
    "/api/orgs/bakeriet/measurements/export",
    "/api/health",
    "/api/orgs/finnes-ikke/measurements/export",
  ]) {
    const response = await page.request.get(path);
    expectApiPolicy(apiHeaders(response), path);
  }
  expect(
    apiHeaders(await page.request.get("/api/v1/measurements?channel=instagram&metric=followers"))["content-security-policy"],
  ).toContain("default-src 'none'");

  // A static chunk: nosniff and friends too.
  const html = await (await page.request.get("/bakeriet")).text();
  const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(chunk).toBeDefined();
  expectStaticHeaders(apiHeaders(await page.request.get(chunk!)), chunk!);
});

test("the policy is enforced: a script injected into the HTML does not run, the page's own do, and no other site can frame a page", async ({
  page,
  baseURL,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/content.security.policy/i.test(m.text())) violations.push(m.text());
  });
  // As a stored or reflected XSS would: markup in the server's HTML, under the server's own headers.
  await page.route("**/login", async (route) => {
    const response = await route.fetch();
    const injected = `<script>window.__injected = "script";</script><img src="/finnes-ikke.png" alt="" onerror="window.__injected = 'handler'">`;
    await route.fulfill({ response, body: (await response.text()).replace("</body>", `${injected}</body>`) });
  });
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
  await expect.poll(() => violations.length).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => (window as unknown as { __injected?: string }).__injected)).toBeUndefined();
  // The page's own inline scripts carry the nonce and ran (React's payload queue), so the form is live.
  expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f))).toBe(true);
  await page.getByRole("group", { name: "Språk" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();

  // Another origin puts the login page in a frame: the browser refuses to show it.
  const framing = await page.context().newPage();
  await framing.route("http://evil.example/", (route) =>
    route.fulfill({ contentType: "text/html", body: `<iframe src="${baseURL}/login" title="maalbar"></iframe>` }),
  );
  await framing.goto("http://evil.example/");
  await framing.waitForTimeout(1000);
  await expect(framing.frameLocator("iframe[title=maalbar]").getByRole("heading")).toHaveCount(0);
});
