import type { Browser, Page } from "@playwright/test";
import { expect, makeTeam, PASSWORD, signUp, submit, test, uniqueEmail } from "./fixtures";
import { captureAction, replayAction } from "./replay";

test.use({ locale: "nb-NO" });

/** A second browser holding the very same session cookie as `page`: a copied or stolen cookie, replayed. */
async function replayedSession(browser: Browser, page: Page): Promise<Page> {
  const copy = await browser.newContext({ locale: "nb-NO", storageState: await page.context().storageState() });
  return copy.newPage();
}

const exportUrl = (slug: string) => `/api/orgs/${slug}/measurements/export?channel=instagram&metric=followers`;

async function createToken(page: Page, slug: string, name: string) {
  await page.goto(`/${slug}/measurements/api`);
  await page.getByLabel("Navn", { exact: true }).fill(name);
  return captureAction(page, () => page.getByRole("button", { name: "Lag nøkkel" }).click());
}

test("a demotion and a removal take effect on the next request of a replayed session cookie", async ({ browser }) => {
  test.setTimeout(180_000);
  const { slug, owner, manager } = await makeTeam(browser, "Sykkelbutikken i Tromsø");
  const stolen = await replayedSession(browser, manager);

  // Before: the copied cookie is the manager, and may do what a manager may.
  expect((await stolen.goto(`/${slug}/measurements/api`))?.status()).toBe(200);
  await expect(stolen.getByRole("heading", { level: 1, name: "API for målinger" })).toBeVisible();
  const tokenAction = await createToken(manager, slug, "Nettbutikken");
  const before = await replayAction(stolen.request, tokenAction);
  expect(before.status).toBe(200);
  expect(before.body).toContain('"ok":true');
  await owner.goto(`/${slug}/measurements/api`);
  await expect(owner.getByRole("listitem").filter({ hasText: "Nettbutikken" })).toHaveCount(2);

  // The owner lowers the manager to member.
  await owner.goto(`/${slug}/team`);
  await owner.getByLabel("Rolle for Ola Leder").selectOption("member");
  await owner.getByRole("alertdialog").getByRole("button", { name: "Endre rollen" }).click();
  await expect(owner.getByText("Rollen er endret.")).toBeVisible();

  // The very next requests with the old cookie: the manager's page says "no access" (a member of this organization now),
  // the manager's action is refused, nothing written.
  expect((await stolen.goto(`/${slug}/measurements/api`))?.status()).toBe(403);
  const demoted = await replayAction(stolen.request, tokenAction);
  expect(demoted.body).toContain('"error":"errors.forbidden"');
  expect(demoted.body).not.toContain('"ok":true');
  await owner.goto(`/${slug}/measurements/api`);
  await expect(owner.getByRole("listitem").filter({ hasText: "Nettbutikken" })).toHaveCount(2);
  // What a member may do still works: the session itself is valid, the role is read from the database.
  expect((await stolen.goto(`/${slug}`))?.status()).toBe(200);
  expect((await stolen.request.get(exportUrl(slug))).status()).toBe(200);

  // The owner removes the person altogether.
  await owner.goto(`/${slug}/team`);
  await owner.getByRole("button", { name: "Fjern Ola Leder" }).click();
  await owner.getByRole("alertdialog").getByRole("button", { name: "Fjern" }).click();
  await expect(owner.getByText("Personen er fjernet fra teamet.")).toBeVisible();

  // Page, route handler and server action: each answers like an organization that doesn't exist.
  const page = await stolen.goto(`/${slug}`);
  expect(page?.status()).toBe(404);
  await expect(stolen.getByRole("heading", { name: "Siden finnes ikke" })).toBeVisible();
  const api = await stolen.request.get(exportUrl(slug));
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: "errors.notFound" });
  const removed = await replayAction(stolen.request, tokenAction);
  expect(removed.body).toContain('"error":"errors.notFound"');
  await owner.goto(`/${slug}/measurements/api`);
  await expect(owner.getByRole("listitem").filter({ hasText: "Nettbutikken" })).toHaveCount(2);
  // The original browser of the person fares no better.
  expect((await manager.goto(`/${slug}`))?.status()).toBe(404);
  await stolen.context().close();
});

test("a password change ends every other session at its next request and keeps this one signed in", async ({ page, browser }) => {
  const email = uniqueEmail("passord");
  const slug = await signUp(page, { name: "Per Passord", email, organization: "Fiskebutikken i Ålesund" });
  const NEW_PASSWORD = "nytt-og-langt-passord-2026";

  // A second, separate login through the form (its own session), whose cookie is checked as it is set.
  const laptop = await (await browser.newContext({ locale: "nb-NO" })).newPage();
  await laptop.goto("/login");
  await laptop.getByLabel("E-post").fill(email);
  await laptop.getByLabel("Passord").fill(PASSWORD);
  const loginResponse = laptop.waitForResponse(
    (r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined,
  );
  await laptop.getByRole("button", { name: "Logg inn" }).click();
  const setCookies = (await (await loginResponse).headersArray()).filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
  const session = setCookies.find((c) => c.startsWith("authjs.session-token="));
  expect(session, "the login answer sets the session cookie").toBeDefined();
  expect(session).toMatch(/;\s*HttpOnly/i);
  expect(session).toMatch(/;\s*SameSite=Lax/i);
  expect(session).toMatch(/;\s*Path=\//i);
  // Served over plain HTTP here; over HTTPS it is __Secure- and Secure (lib/auth/session-cookie.int.test.ts).
  expect(session).not.toMatch(/;\s*Secure/i);
  await expect(laptop).toHaveURL(new RegExp(`/${slug}$`));

  // And a copy of this browser's cookie, replayed elsewhere; with an action captured from this browser.
  const stolen = await replayedSession(browser, page);
  await page.goto(`/${slug}/channels/instagram`);
  await page.getByRole("button", { name: "Registrer Følgere" }).click();
  await page.getByLabel("Verdi (Antall)").fill("1200");
  const recordAction = await captureAction(page, () => page.getByRole("button", { name: "Lagre måling" }).click());
  expect((await replayAction(stolen.request, recordAction)).body).toContain('"ok":true');

  // The person changes their password on their account page, reached from the user menu.
  await page.getByRole("button", { name: "Brukermeny for Per Passord" }).click();
  await page.getByRole("menuitem", { name: "Konto og passord" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Konto og passord" })).toBeVisible();
  await page.getByLabel("Nåværende passord").fill("feil-passord-123");
  await page.getByLabel("Nytt passord").fill(NEW_PASSWORD);
  await submit(page, "Bytt passord");
  await expect(page.getByText("Det nåværende passordet er feil.")).toBeVisible();
  await page.getByLabel("Nåværende passord").fill(PASSWORD);
  await page.getByLabel("Nytt passord").fill("1234567890");
  await submit(page, "Bytt passord");
  await expect(page.getByText("Dette passordet er for vanlig.")).toBeVisible();
  // Until now every other session still works.
  expect((await stolen.request.get(exportUrl(slug))).status()).toBe(200);

  await page.getByLabel("Nåværende passord").fill(PASSWORD);
  await page.getByLabel("Nytt passord").fill(NEW_PASSWORD);
  await submit(page, "Bytt passord");
  await expect(page).toHaveURL(new RegExp(`/${slug}/account\\?passwordChanged=1$`));
  await expect(page.getByRole("status").filter({ hasText: "Passordet er byttet. Andre økter er logget ut." })).toBeVisible();

  // This browser stays signed in…
  expect((await page.goto(`/${slug}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  expect((await page.request.get(exportUrl(slug))).status()).toBe(200);

  // …while the other login and the replayed old cookie are out: page, route handler, server action.
  for (const other of [laptop, stolen]) {
    await other.goto(`/${slug}`);
    await expect(other).toHaveURL(/\/login/);
    await expect(other.getByRole("heading", { name: "Logg inn" })).toBeVisible();
  }
  const api = await stolen.request.get(exportUrl(slug));
  expect(api.status()).toBe(401);
  const action = await replayAction(stolen.request, recordAction);
  expect(action.body).toContain('"error":"errors.unauthenticated"');

  // The old password no longer opens the door; the new one does.
  await laptop.getByLabel("E-post").fill(email);
  await laptop.getByLabel("Passord").fill(PASSWORD);
  await submit(laptop, "Logg inn");
  await expect(laptop.locator("form").getByRole("alert")).toHaveText("Feil e-post eller passord.");
  await laptop.getByLabel("Passord").fill(NEW_PASSWORD);
  await laptop.getByRole("button", { name: "Logg inn" }).click();
  await expect(laptop).toHaveURL(new RegExp(`/${slug}$`));
  await Promise.all([laptop.context().close(), stolen.context().close()]);
});
