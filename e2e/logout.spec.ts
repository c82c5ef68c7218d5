import type { Browser, Page } from "@playwright/test";
import { expect, PASSWORD, signUp, test, uniqueEmail } from "./fixtures";
import { captureAction, replayAction } from "./replay";

test.use({ locale: "nb-NO" });

/** A second browser holding the very same session cookie as `page`: a copied or stolen cookie, replayed. */
async function replayedSession(browser: Browser, page: Page): Promise<Page> {
  const copy = await browser.newContext({ locale: "nb-NO", storageState: await page.context().storageState() });
  return copy.newPage();
}

const exportUrl = (slug: string) => `/api/orgs/${slug}/measurements/export?channel=instagram&metric=followers`;

/** GET /api/auth/session with the page's cookies: the session it answers and whether it sets a fresh session cookie. */
async function sessionEndpoint(page: Page) {
  const response = await page.request.get("/api/auth/session");
  const fresh = response.headersArray().some((h) => h.name.toLowerCase() === "set-cookie" && /^authjs\.session-token=[^;]+/.test(h.value));
  return { session: (await response.json()) as unknown, fresh };
}

test("logging out ends the session: a copied cookie is refused on pages, actions, route handlers and /api/auth/session", async ({
  page,
  browser,
}) => {
  const slug = await signUp(page, { name: "Lise Logut", email: uniqueEmail("logut"), organization: "Blomsterbutikken i Bodø" });
  const stolen = await replayedSession(browser, page);

  await page.goto(`/${slug}/measurements/api`);
  await page.getByLabel("Navn", { exact: true }).fill("Kassa");
  const tokenAction = await captureAction(page, () => page.getByRole("button", { name: "Lag nøkkel" }).click());
  expect((await replayAction(stolen.request, tokenAction)).body).toContain('"ok":true');
  expect((await stolen.request.get(exportUrl(slug))).status()).toBe(200);
  expect(await sessionEndpoint(stolen)).toMatchObject({ session: { user: { name: "Lise Logut" } }, fresh: true });

  await page.getByRole("button", { name: "Brukermeny for Lise Logut" }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/login$/);

  await stolen.goto(`/${slug}`);
  await expect(stolen).toHaveURL(/\/login/);
  await expect(stolen.getByRole("heading", { name: "Logg inn" })).toBeVisible();
  expect((await stolen.request.get(exportUrl(slug))).status()).toBe(401);
  expect((await replayAction(stolen.request, tokenAction)).body).toContain('"error":"errors.unauthenticated"');
  expect(await sessionEndpoint(stolen)).toEqual({ session: null, fresh: false });
  await stolen.context().close();
});

test("“Logg ut overalt” on the account page ends every session, this one too", async ({ page, browser }) => {
  const email = uniqueEmail("overalt");
  const slug = await signUp(page, { name: "Otto Overalt", email, organization: "Sykkelverkstedet i Molde" });
  const copy = await replayedSession(browser, page);
  const laptop = await (await browser.newContext({ locale: "nb-NO" })).newPage();
  await laptop.goto("/login");
  await laptop.getByLabel("E-post").fill(email);
  await laptop.getByLabel("Passord").fill(PASSWORD);
  await laptop.getByRole("button", { name: "Logg inn" }).click();
  await expect(laptop).toHaveURL(new RegExp(`/${slug}$`));

  await page.goto(`/${slug}/account`);
  await expect(page.getByRole("heading", { level: 2, name: "Logg ut overalt" })).toBeVisible();
  await page.getByRole("button", { name: "Logg ut overalt" }).click();
  await expect(page).toHaveURL(/\/login$/);

  for (const other of [page, copy, laptop]) {
    await other.goto(`/${slug}`);
    await expect(other).toHaveURL(/\/login/);
    expect((await other.request.get(exportUrl(slug))).status()).toBe(401);
  }
  await Promise.all([copy.context().close(), laptop.context().close()]);
});

test("the login page never sends anyone off the site, signed in or after typing the password", async ({ page, browser }) => {
  const email = uniqueEmail("videre");
  const slug = await signUp(page, { name: "Vera Videre", email, organization: "Kaffebaren i Narvik" });
  const home = new URL(page.url()).origin;
  // Tab, CR/LF, encoded slashes and dot segments: each lands on the dashboard, none answers 500 (the fixture fails on any 5xx).
  for (const trick of ["/%09/evil.example", "/%0d%0aSet-Cookie:%20x=1", "/%2F%2Fevil.example", "/..//evil.example", "%2F%5Cevil.example"]) {
    const response = await page.goto(`/login?callbackUrl=${trick}`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).origin).toBe(home);
    await expect(page).toHaveURL(new RegExp(`/${slug}$`));
  }

  const fresh = await (await browser.newContext({ locale: "nb-NO" })).newPage();
  await fresh.goto("/login?callbackUrl=/%09/evil.example");
  await fresh.getByLabel("E-post").fill(email);
  await fresh.getByLabel("Passord").fill(PASSWORD);
  await fresh.getByRole("button", { name: "Logg inn" }).click();
  await expect(fresh).toHaveURL(new RegExp(`^${home}/${slug}$`));
  await fresh.context().close();
});
