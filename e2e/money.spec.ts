import type { Browser, Page, TestInfo } from "@playwright/test";
import { expect, logInToDemo, planMeeting, startMeeting, test } from "./fixtures";

/**
 * Money in the demo bakery (scripts/demo/money.ts): budgets of 3 500 kr (Meta
 * ads, on Facebook) and 4 500 kr (Google Ads) every month, a 12 000 kr
 * influencer campaign without results, weekly spend and results. The owner
 * sees it on the channels page, the dashboard and a meeting's agenda, in
 * bokmål and English; the member gets the same pages without any money.
 * Screenshots at 1280 and 390 px are attached.
 */
test.use({ locale: "nb-NO", reducedMotion: "reduce" });

const WIDTHS = [1280, 390] as const;
// Intl puts a no-break space between the digit groups and before "kr".
const kr = (digits: string) => new RegExp(`^${digits.replace(" ", "\\s")}\\skr$`);

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true, style: "[data-sonner-toaster] { display: none !important; }" });
    await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function inEnglish(page: Page, browser: Browser) {
  const session = await page.context().storageState();
  const cookies = session.cookies.map((c) => (c.name === "NEXT_LOCALE" ? { ...c, value: "en" } : c));
  if (!cookies.some((c) => c.name === "NEXT_LOCALE"))
    cookies.push({ ...session.cookies[0]!, name: "NEXT_LOCALE", value: "en", httpOnly: false });
  const context = await browser.newContext({ locale: "en-GB", reducedMotion: "reduce", storageState: { ...session, cookies } });
  return context.newPage();
}

test("the owner sees the channels ranked with their money, the month's budget on the dashboard and the money on the agenda", async ({
  page,
  browser,
}, testInfo) => {
  await logInToDemo(page, "eier");
  const card = page.getByText("Brukt denne måneden").locator("..");
  await expect(card).toContainText(/av 8\s000\skr/);
  await shoot(page, testInfo, "dashboard-owner-nb");

  await page.goto("/bakeriet/channels?period=sixMonths");
  await expect(page.getByRole("heading", { level: 1, name: "Kanaler og penger" })).toBeVisible();
  const table = page.getByRole("table", { name: /Kanaler, 6 måneder/ });
  // Meta: 6–9 leads for 700–860 kr a week; Google: 3–5 conversions for 950–1 100 kr; the campaign: no results.
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table.locator("tbody tr").nth(0)).toHaveAttribute("data-channel", "facebook");
  await expect(table.locator("tbody tr").nth(1)).toHaveAttribute("data-channel", "google_ads");
  const influencer = table.locator('tr[data-channel="influencer"]');
  await expect(influencer).toHaveAttribute("data-channel", "influencer");
  await expect(influencer.getByRole("cell").first()).toHaveText(kr("12 000"));
  await expect(influencer).toContainText("Ingen resultater ennå");
  // Six whole months of budget: 6 × 3 500 kr and 6 × 4 500 kr.
  await expect(table.locator('tr[data-channel="facebook"]').getByRole("cell").nth(1)).toHaveText(kr("21 000"));
  await expect(table.locator('tr[data-channel="google_ads"]').getByRole("cell").nth(1)).toHaveText(kr("27 000"));
  await page.getByRole("link", { name: "Forrige måned" }).click();
  await expect(
    page
      .getByRole("table", { name: /Kanaler, Forrige måned/ })
      .locator('tr[data-channel="facebook"]')
      .getByRole("cell")
      .nth(1),
  ).toHaveText(kr("3 500"));
  await expect(page.getByRole("region", { name: "Kostnad per resultat, måned for måned" }).locator("canvas").first()).toBeVisible();
  await shoot(page, testInfo, "channels-owner-nb");

  const en = await inEnglish(page, browser);
  await en.goto("/bakeriet/channels?period=sixMonths");
  await expect(en.getByRole("heading", { level: 1, name: "Channels and money" })).toBeVisible();
  const enTable = en.getByRole("table", { name: /Channels, 6 months/ });
  await expect(enTable.locator('tr[data-channel="influencer"]').getByRole("cell").first()).toHaveText("NOK 12,000");
  await expect(enTable.locator('tr[data-channel="facebook"]').getByRole("cell").nth(1)).toHaveText("NOK 21,000");
  await expect(enTable.locator('tr[data-channel="influencer"]')).toContainText("No results yet");
  await shoot(en, testInfo, "channels-owner-en");
  await en.goto("/bakeriet");
  await expect(en.getByText("Spent this month").locator("..")).toContainText("of NOK 8,000");
  await shoot(en, testInfo, "dashboard-owner-en");
  await en.context().close();

  await planMeeting(page, "bakeriet", "Pengemøte");
  await startMeeting(page);
  const money = page.getByRole("region", { name: /^Penger siden / });
  await expect(money.locator('tr[data-channel="facebook"]')).toBeVisible();
  await expect(money).toContainText(/Best: Facebook/);
  await shoot(page, testInfo, "meeting-owner-nb");
});

test("the member gets the same pages without any money", async ({ page, browser }, testInfo) => {
  await page.goto("/login");
  await page.getByLabel("E-post").fill("ansatt@bakeriet.no");
  await page.getByLabel("Passord").fill("maalbar-demo");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/bakeriet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  await expect(page.getByText("Brukt denne måneden")).toHaveCount(0);
  await expect(page.locator("main")).not.toContainText(/\skr\b/);

  await page.goto("/bakeriet/channels?period=sixMonths");
  await expect(page.getByRole("heading", { level: 1, name: "Kanaler", exact: true })).toBeVisible();
  const table = page.getByRole("table", { name: /Kanaler, 6 måneder/ });
  await expect(table.locator('tr[data-channel="facebook"]')).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Kanal", "Resultater"]);
  await expect(page.locator("main")).not.toContainText(/\skr\b|ROAS/);
  await expect(page.getByRole("region", { name: "Kostnad per resultat, måned for måned" })).toHaveCount(0);
  await shoot(page, testInfo, "channels-member-nb");

  const en = await inEnglish(page, browser);
  await en.goto("/bakeriet/channels");
  await expect(en.getByRole("heading", { level: 1, name: "Channels", exact: true })).toBeVisible();
  await expect(en.locator("main")).not.toContainText(/NOK|ROAS/);
  await shoot(en, testInfo, "channels-member-en");
  await en.context().close();
});
