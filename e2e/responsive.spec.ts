import type { Page } from "@playwright/test";
import { createFacebookGoal, expect, logInToDemo, signUp, test, uniqueEmail } from "./fixtures";

/** Phones from 360 px: no page scrolls sideways, and a measurement is entered there first. */
test.use({ locale: "nb-NO", viewport: { width: 360, height: 780 } });

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test("at 360 px the organization's pages fit the screen without sideways scrolling, in light and dark", async ({ page }) => {
  await logInToDemo(page);
  const goalLink = page.getByRole("region", { name: "Aktive mål" }).getByRole("link").first();
  const goalUrl = (await goalLink.getAttribute("href"))!;
  const pages = [
    "/bakeriet",
    "/bakeriet/goals",
    goalUrl,
    "/bakeriet/goals/new",
    "/bakeriet/measurements",
    "/bakeriet/benchmarks",
    "/bakeriet/reviews",
    "/bakeriet/team",
    "/bakeriet/account",
  ];
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of pages) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await scrollWidth(page), `${path} (${colorScheme})`).toBeLessThanOrEqual(360);
    }
  }
  // The minutes of the demo's last meeting too.
  await page.goto("/bakeriet/reviews");
  await page.getByRole("link", { name: /Månedsmøte i bakeriet/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Månedsmøte i bakeriet" })).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
});

test("at 360 px a measurement shows in the list at once and stays; one the server never got is taken back with a message", async ({
  page,
}) => {
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("mobil"), organization: "Frisør i Trondheim" });
  const title = await createFacebookGoal(page, slug);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
  const recent = page.getByRole("table", { name: "Siste målinger" });
  const value = page.getByLabel(/^Verdi \(/);
  const save = page.getByRole("button", { name: "Lagre måling" });
  await value.scrollIntoViewIfNeeded();
  const box = (await value.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);

  // The server answers slowly: the value is in the list, marked as being saved, before the answer comes.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/${slug}/goals/**`, async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      await held;
    }
    await route.continue();
  });
  await value.fill("431");
  await save.click();
  await expect(recent.getByRole("row").filter({ hasText: "431" })).toContainText("lagres …");
  release();
  await expect(page.getByText(/Målingen for .* er lagret\./)).toBeVisible();
  await expect(recent.getByRole("row").filter({ hasText: "431" })).not.toContainText("lagres …");
  await page.unroute(`**/${slug}/goals/**`);

  // The answer never comes (the phone lost its network): the value leaves the list again, and the form says so.
  await page.route(`**/${slug}/goals/**`, async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) return route.abort("internetdisconnected");
    return route.continue();
  });
  await value.fill("999");
  await save.click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Verdien ble ikke lagret: vi fikk ikke kontakt med serveren. Prøv igjen." }),
  ).toBeVisible();
  await expect(recent.getByText("999")).toHaveCount(0);
  await expect(recent.getByRole("row").filter({ hasText: "431" })).toBeVisible();
  await expect(value).toHaveValue("999");
  expect(await scrollWidth(page)).toBeLessThanOrEqual(360);
});
