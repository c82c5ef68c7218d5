import type { Page, TestInfo } from "@playwright/test";
import { createFacebookGoal, expect, logInToDemo, signUp, test, uniqueEmail } from "./fixtures";
import { shoot } from "./shots";

/** Phones from 360 px: no page scrolls sideways, and a measurement is entered there first. */
test.use({ locale: "nb-NO", viewport: { width: 360, height: 780 } });

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

const SECTIONS = {
  nb: ["Oversikt", "Mål", "Målinger", "Kanaler", "Referansetall", "Gjennomganger", "Team", "Varsler"],
  en: ["Dashboard", "Goals", "Measurements", "Channels", "Benchmarks", "Reviews", "Team", "Notifications"],
};

/**
 * On a phone every section is reachable: the row of sections scrolls (a fade
 * marks the side where more wait), and "Alle sider" lists them all, by
 * keyboard too. Pictures at 1280 and 390 px, and of the open list at 390 px.
 */
async function phoneNavigation(page: Page, testInfo: TestInfo, lang: "nb" | "en") {
  const words = lang === "nb" ? { nav: "Hovedmeny", all: "Alle sider" } : { nav: "Main navigation", all: "All pages" };
  await page.goto("/bakeriet");
  const nav = page.getByRole("navigation", { name: words.nav });
  await shoot(page, testInfo, `phone-nav-${lang}`, async () => {
    await expect(nav.getByRole("link", { name: SECTIONS[lang][0], exact: true })).toBeVisible();
  });
  // shoot() ends at 390 px: the row is there, and scrolls.
  const row = nav.getByRole("list").first();
  expect(await row.evaluate((ul) => ul.parentElement!.scrollWidth > ul.parentElement!.clientWidth)).toBe(true);
  const all = nav.getByRole("button", { name: words.all });
  await expect(all).toBeInViewport();
  await all.focus();
  await page.keyboard.press("Enter");
  await expect(all).toHaveAttribute("aria-expanded", "true");
  const list = nav.locator(`[id="${await all.getAttribute("aria-controls")}"]`);
  for (const name of SECTIONS[lang]) await expect(list.getByRole("link", { name, exact: true })).toBeInViewport();
  const shot = testInfo.outputPath(`phone-nav-open-${lang}-390.png`);
  await page.screenshot({ path: shot });
  await testInfo.attach(`phone-nav-open-${lang}-390`, { path: shot, contentType: "image/png" });
  // Tab goes from the button into the list; Escape closes it and gives the focus back.
  await page.keyboard.press("Tab");
  await expect(list.getByRole("link", { name: SECTIONS[lang][0], exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(all).toBeFocused();
  await expect(all).toHaveAttribute("aria-expanded", "false");
  await expect(list).toBeHidden();
  // The last section, reached from the list, is then the one the row shows.
  await page.keyboard.press("Enter");
  const last = SECTIONS[lang].at(-1)!;
  await list.getByRole("link", { name: last, exact: true }).click();
  await expect(page).toHaveURL(/\/bakeriet\/notifications$/);
  await expect(list).toBeHidden();
  await expect(nav.getByRole("link", { name: last, exact: true })).toBeInViewport();
  await expect(nav.getByRole("link", { name: last, exact: true })).toHaveAttribute("aria-current", "page");
}

test("at 360 px the organization's pages fit the screen without sideways scrolling, in light and dark", async ({ page }, testInfo) => {
  // Eighteen pages, then the phone navigation in two languages with pictures.
  test.setTimeout(180_000);
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

  await page.emulateMedia({ colorScheme: "light" });
  await phoneNavigation(page, testInfo, "nb");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: testInfo.project.use.baseURL! }]);
  await phoneNavigation(page, testInfo, "en");
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
