import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "./fixtures";

test.use({ locale: "nb-NO" });

// The signed-out pages are kept rendered and served with a fresh nonce (lib/http/page-cache.ts, proxy.ts).

const KEPT = "x-maalbar-kept-page";

/** Asks for a page until an answer comes from the kept copy (the first request fills it in the background). */
async function keptAnswer(request: APIRequestContext, path: string, headers: Record<string, string>) {
  for (let i = 0; i < 50; i++) {
    const response = await request.get(path, { headers, maxRedirects: 0 });
    if (response.headers()[KEPT] === "1") return response;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} was never answered from its kept copy`);
}

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")![1]!;

test("a kept signed-out page is the rendered page with a fresh nonce, in the visitor's language", async ({ playwright, baseURL }) => {
  // A context of its own: no cookies.
  const request = await playwright.request.newContext({ baseURL });
  for (const [path, language, heading] of [
    ["/login", "nb-NO,nb;q=0.9", "Logg inn"],
    ["/login", "en-GB,en;q=0.9", "Log in"],
    ["/signup", "en-GB,en;q=0.9", "Create your account"],
    ["/forgot-password", "nb-NO", "Glemt passord?"],
    ["/privacy", "en-GB", "Privacy in Målbar"],
  ] as const) {
    const headers = { "accept-language": language };
    const first = await keptAnswer(request, path, headers);
    const second = await keptAnswer(request, path, headers);
    const rendered = await request.get(`${path}?fresh=1`, { headers });
    expect(rendered.headers()[KEPT], `${path}: a query string is rendered`).toBeUndefined();
    const nonces = [first, second, rendered].map((r) => nonceOf(r.headers()["content-security-policy"]));
    expect(new Set(nonces).size, `${path}: a fresh nonce each time`).toBe(3);
    // The same page as a rendered one, but for the nonce: every script carries this answer's own.
    const bodies = await Promise.all([first, second, rendered].map((r) => r.text()));
    const same = bodies.map((b, i) => b.replaceAll(nonces[i]!, "NONCE").replace(/\?fresh=1|%3Ffresh%3D1/g, ""));
    expect(same[0], `${path}: the kept page is the rendered one`).toBe(same[2]);
    expect(same[1], path).toBe(same[0]);
    for (const [i, body] of bodies.entries()) {
      const scripts = [...body.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonces[i]}"`);
    }
    expect(bodies[0], path).toContain(heading);
    expect(first.headers()["content-type"]).toContain("text/html");
    expect(first.headers()["x-frame-options"]).toBe("DENY");
  }
  await request.dispose();
});

test("a kept login page runs its scripts under the policy, and a signed-in visitor is never given it", async ({
  page,
  playwright,
  baseURL,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/content.security.policy|refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  const request = await playwright.request.newContext({ baseURL });
  await keptAnswer(request, "/login", { "accept-language": "nb-NO" });
  await request.dispose();

  const response = (await page.goto("/login"))!;
  expect(response.headers()[KEPT]).toBe("1");
  // The language switcher is a client component: it works only if the page's scripts ran.
  await page.getByRole("group", { name: "Språk" }).getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Norsk" }).click();
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();

  // Signing in from it works, and the signed-in visitor asking for /login is sent on, not shown the kept page.
  await page.getByLabel("E-post").fill("eier@bakeriet.no");
  await page.getByLabel("Passord").fill("maalbar-demo");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/bakeriet$/);
  const again = (await page.goto("/login"))!;
  await expect(page).toHaveURL(/\/bakeriet$/);
  expect(again.headers()[KEPT]).toBeUndefined();
  expect(violations).toEqual([]);
});
