import { type APIRequestContext, type Cookie, type Page, request as playwrightRequestOf } from "@playwright/test";
import { createFollowersGoal, expect, makeTeam, test } from "./fixtures";

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
    // As a browser asks for a page's document (lib/http/page-cache.ts isDocumentRequest).
    const headers = { "accept-language": language, accept: "text/html", "sec-fetch-dest": "document" };
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
  await keptAnswer(request, "/login", { "accept-language": "nb-NO", accept: "text/html", "sec-fetch-dest": "document" });
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

/** Loads `path` as a document until the answer is the kept copy; that answer. */
async function untilKept(page: Page, path: string) {
  for (let i = 0; i < 20; i++) {
    const response = (await page.goto(path))!;
    if (response.headers()[KEPT] === "1") return response;
  }
  throw new Error(`${path} was never answered from its kept copy`);
}

test("an organization page is kept for its reader alone, and never outlives a change or the session", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const { slug, owner, manager, member } = await makeTeam(browser, "Kaffebaren på Torget");
  const title = "Flere følgere på Instagram";
  await createFollowersGoal(manager, slug, title, "Instagram");

  // The owner's dashboard, kept after a render or two; the kept copy is the page as rendered, scripts running.
  const kept = await untilKept(owner, `/${slug}/goals`);
  await expect(owner.getByRole("main").getByRole("link", { name: title }).first()).toBeVisible();
  await owner.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  await owner.getByRole("navigation", { name: "Hovedmeny" }).filter({ visible: true }).getByRole("link", { name: "Oversikt" }).click();
  await expect(owner.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  expect(
    await owner.evaluate(() => (window as unknown as { stayed?: boolean }).stayed),
    "a link from a kept page is followed in the app",
  ).toBe(true);
  expect(await kept.text()).toContain("brukermeny for Kari Eier");

  // Another person asking for the same address gets their own page, not the owner's copy.
  const theirs = (await member.goto(`/${slug}/goals`))!;
  expect(theirs.headers()[KEPT]).toBeUndefined();
  await expect(member.getByRole("button", { name: /brukermeny for Ingrid Ansatt/ })).toBeVisible();
  expect(await theirs.text()).not.toContain("brukermeny for Kari Eier");

  // A change by someone else: the owner's next load shows it at once.
  await untilKept(owner, `/${slug}/goals`);
  const second = "Flere følgere på Facebook";
  await createFollowersGoal(manager, slug, second, "Facebook");
  const after = (await owner.goto(`/${slug}/goals`))!;
  expect(after.headers()[KEPT], "rendered anew after the change").toBeUndefined();
  await expect(owner.getByRole("main").getByRole("link", { name: second }).first()).toBeVisible();

  // Logged out: the session's kept pages are not served to its cookie any more.
  await untilKept(owner, `/${slug}/goals`);
  const cookies = await owner.context().cookies();
  await owner.getByRole("button", { name: /brukermeny for Kari Eier/ }).click();
  await owner.getByRole("menuitem", { name: "Logg ut" }).click();
  await expect(owner).toHaveURL(/\/login$/);
  const replay = await playwrightRequest(baseURL!, cookies);
  const replayed = await replay.get(`/${slug}/goals`, { maxRedirects: 0, headers: { accept: "text/html", "sec-fetch-dest": "document" } });
  expect(replayed.headers()[KEPT]).toBeUndefined();
  expect(replayed.status()).toBe(307);
  await replay.dispose();
});

/** A request context carrying copied cookies, as someone replaying them would. */
const playwrightRequest = (baseURL: string, cookies: Cookie[]) =>
  playwrightRequestOf.newContext({ baseURL, storageState: { cookies, origins: [] } });
