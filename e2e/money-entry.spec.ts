import type { Page, TestInfo } from "@playwright/test";
import { expect, signUp, submit, test, uniqueEmail } from "./fixtures";

/**
 * Entering money (issue 17): the owner sets a channel's budget and enters an
 * influencer campaign as a one-off cost on the channel pages, and chooses who
 * sees money on the team page; the pages are filed as screenshots in both
 * languages at desktop and phone width.
 */
test.use({ locale: "nb-NO", reducedMotion: "reduce" });

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name} at ${width} px` })
      .toBeLessThanOrEqual(width);
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true, style: "[data-sonner-toaster] { display: none !important; }" });
    await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
  }
}

test("the owner sets a budget and an influencer cost, and chooses who sees money", async ({ page, browser }, testInfo) => {
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("penger"), organization: "Pengebakeriet" });

  await page.goto(`/${slug}/channels/google_ads`);
  const money = page.getByRole("region", { name: "Penger" });
  await expect(money.getByText("Ingen budsjett for")).toBeVisible();
  await money.getByLabel("Beløp i kroner").first().fill("0");
  await submit(page, "Lagre budsjett");
  await expect(money.getByText("Skriv et beløp større enn 0.")).toBeVisible();
  await money.getByLabel("Beløp i kroner").first().fill("12 000");
  await submit(page, "Lagre budsjett");
  await expect(money.getByRole("definition").filter({ hasText: "12 000 kr" })).toBeVisible();
  await expect(money.getByText(/0\s%\sbrukt, \d+(,\d)?\s%\sav måneden har gått\./)).toBeVisible();
  await shoot(page, testInfo, "channel-money-nb");

  await page.goto(`/${slug}/channels/influencer`);
  const influencer = page.getByRole("region", { name: "Penger" });
  await influencer.getByLabel("Beløp i kroner").nth(1).fill("12 000");
  await influencer.getByLabel("Hva gjaldt det?").fill("Influencerkampanje");
  await submit(page, "Legg til kostnad");
  await expect(influencer.getByRole("listitem").filter({ hasText: "Influencerkampanje" })).toContainText("12 000 kr");
  // Spent this month: the campaign; no views recorded, so no cost per result for last month.
  await expect(influencer.getByRole("definition").filter({ hasText: "12 000 kr" }).first()).toBeVisible();
  await shoot(page, testInfo, "channel-costs-nb");

  await page.goto(`/${slug}/team`);
  const settings = page.getByRole("region", { name: "Penger" });
  await expect(settings.getByLabel("Hvem ser pengene?")).toHaveValue("managers");
  await shoot(page, testInfo, "team-money-nb");

  // The same session in English.
  const session = await page.context().storageState();
  const cookies = session.cookies.map((c) => (c.name === "NEXT_LOCALE" ? { ...c, value: "en" } : c));
  if (!cookies.some((c) => c.name === "NEXT_LOCALE"))
    cookies.push({ ...session.cookies[0]!, name: "NEXT_LOCALE", value: "en", httpOnly: false });
  const english = await browser.newContext({ locale: "en-GB", reducedMotion: "reduce", storageState: { ...session, cookies } });
  const en = await english.newPage();
  await en.goto(`/${slug}/channels/influencer`);
  await expect(en.getByRole("region", { name: "Money" }).getByRole("listitem").filter({ hasText: "Influencerkampanje" })).toContainText(
    "NOK 12,000",
  );
  await shoot(en, testInfo, "channel-costs-en");
  await en.goto(`/${slug}/channels/google_ads`);
  await expect(en.getByRole("region", { name: "Money" }).getByText(/0% spent, \d+(\.\d)?% of the month gone\./)).toBeVisible();
  await shoot(en, testInfo, "channel-money-en");
  await en.goto(`/${slug}/team`);
  await expect(en.getByRole("region", { name: "Money" }).getByLabel("Who sees the money?")).toHaveValue("managers");
  await shoot(en, testInfo, "team-money-en");
  await english.close();
});
