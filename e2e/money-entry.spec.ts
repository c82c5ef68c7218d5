import type { Browser, Page } from "@playwright/test";
import { expect, makeTeam, planMeeting, startMeeting, submit, test } from "./fixtures";
import { shoot } from "./shots";

/**
 * Money from start to decision (issue 17), in a new organization: the owner
 * sets budgets, enters spend, results and an influencer campaign, sees the
 * economics page rank the channels, and moves budget in a review meeting;
 * the move is in the minutes and the Markdown. The member gets the same
 * meeting and minutes without any money. Both languages, 1280 and 390 px.
 *
 * This month, by hand:
 *   Facebook:   spent 1 500 kr of a 3 000 kr budget, 12 leads → 1 500 / 12 = 125,00 kr a result, 12 / 1,5 = 8 per 1 000 kr
 *   Google Ads: spent 2 000 kr of a 5 000 kr budget, 8 conversions → 2 000 / 8 = 250,00 kr a result, 8 / 2 = 4 per 1 000 kr
 *   Influencer: 12 000 kr (one campaign), no views → "no results yet", ranked last
 * The meeting moves 2 000 kr of this month's budget from Google Ads (5 000 → 3 000 kr) to Facebook (3 000 → 5 000 kr).
 */
test.use({ locale: "nb-NO", reducedMotion: "reduce" });

// Intl puts a no-break space between digit groups and before "kr" (and after "NOK").
const s = "[\\s\\u00a0\\u202f]";
const exact = (text: string) => new RegExp(`^${text.replace(/ /g, s)}$`);
const loose = (text: string) => new RegExp(text.replace(/ /g, s));
const thisMonth = (locale: string) =>
  new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "Europe/Oslo" }).format(new Date());

async function record(page: Page, metric: string, value: string) {
  await page.getByRole("button", { name: `Registrer ${metric}`, exact: true }).click();
  await page.getByLabel(/^Verdi \(/).fill(value);
  await submit(page, "Lagre måling");
  await expect(page.getByText(/Målingen for .* er lagret\./).first()).toBeVisible();
}

async function channelMoney(page: Page, slug: string, key: string, budget: string, spend: string, results: [string, string]) {
  await page.goto(`/${slug}/channels/${key}`);
  const money = page.getByRole("region", { name: "Penger" });
  await money.getByLabel("Beløp i kroner").first().fill(budget);
  await submit(page, "Lagre budsjett");
  await expect(
    money
      .getByRole("definition")
      .filter({ hasText: loose(`${budget} kr`) })
      .first(),
  ).toBeVisible();
  await record(page, "Kostnad", spend);
  await record(page, ...results);
}

async function inEnglish(page: Page, browser: Browser): Promise<Page> {
  const session = await page.context().storageState();
  const cookies = session.cookies.filter((c) => c.name !== "NEXT_LOCALE");
  cookies.push({ ...session.cookies[0]!, name: "NEXT_LOCALE", value: "en", httpOnly: false });
  const context = await browser.newContext({ locale: "en-GB", reducedMotion: "reduce", storageState: { ...session, cookies } });
  return context.newPage();
}

test("the owner budgets, sees the channels ranked and moves budget in a review; the member sees no money", async ({
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const { slug, owner: page, member } = await makeTeam(browser, "Pengebakeriet");

  await channelMoney(page, slug, "facebook", "3 000", "1500", ["Henvendelser (leads)", "12"]);
  await channelMoney(page, slug, "google_ads", "5 000", "2000", ["Konverteringer", "8"]);
  await page.goto(`/${slug}/channels/influencer`);
  const influencer = page.getByRole("region", { name: "Penger" });
  await influencer.getByLabel("Beløp i kroner").nth(1).fill("12 000");
  await influencer.getByLabel("Hva gjaldt det?").fill("Influencerkampanje");
  await submit(page, "Legg til kostnad");
  await expect(influencer.getByRole("listitem").filter({ hasText: "Influencerkampanje" })).toContainText(loose("12 000 kr"));

  await page.goto(`/${slug}/team`);
  await expect(page.getByRole("region", { name: "Penger" }).getByLabel("Hvem ser pengene?")).toHaveValue("managers");

  await page.goto(`/${slug}/channels?period=thisMonth`);
  const table = page.getByRole("table", { name: /Kanaler, Denne måneden/ });
  await expect(table.locator("tbody tr")).toHaveCount(3);
  const rows = table.locator("tbody tr");
  await expect(rows.nth(0)).toHaveAttribute("data-channel", "facebook");
  await expect(rows.nth(1)).toHaveAttribute("data-channel", "google_ads");
  await expect(rows.nth(2)).toHaveAttribute("data-channel", "influencer");
  // Spent, budget, results, cost per result, (trend), results per 1 000 kr.
  const cells = (key: string) => table.locator(`tr[data-channel="${key}"]`).getByRole("cell");
  await expect(cells("facebook").nth(0)).toHaveText(exact("1 500 kr"));
  await expect(cells("facebook").nth(1)).toHaveText(exact("3 000 kr"));
  await expect(cells("facebook").nth(2)).toHaveText("12");
  await expect(cells("facebook").nth(3)).toHaveText(exact("125,00 kr"));
  await expect(cells("facebook").nth(5)).toHaveText("8");
  await expect(cells("google_ads").nth(0)).toHaveText(exact("2 000 kr"));
  await expect(cells("google_ads").nth(3)).toHaveText(exact("250,00 kr"));
  await expect(cells("google_ads").nth(5)).toHaveText("4");
  await expect(cells("influencer").nth(0)).toHaveText(exact("12 000 kr"));
  await expect(table.locator('tr[data-channel="influencer"]')).toContainText("Ingen resultater ennå");

  const meetingId = await planMeeting(page, slug, "Pengemøte");
  await startMeeting(page);
  const moves = page.getByRole("region", { name: "Flyttet i møtet" });
  const moveForm = moves.getByRole("form", { name: "Flytt budsjett" });
  await moveForm.getByLabel("Fra kanal").selectOption({ label: "Google Ads" });
  await moveForm.getByLabel("Til kanal").selectOption({ label: "Facebook" });
  await moveForm.getByLabel("Beløp (kr)").fill("6 000");
  await moveForm.getByLabel("Hvorfor (må fylles ut)").fill("Facebook gir leads til halve prisen");
  await submit(page, "Flytt budsjettet");
  await expect(moveForm.getByText("Beløpet er større enn kanalens budsjett den måneden.")).toBeVisible();
  await shoot(page, testInfo, "budget-move-form-nb", async () => {
    await expect(moveForm.getByText("Beløpet er større enn kanalens budsjett den måneden.")).toBeVisible();
  });
  await moveForm.getByLabel("Beløp (kr)").fill("2 000");
  await submit(page, "Flytt budsjettet");
  const moved = loose(`2 000 kr av budsjettet for ${thisMonth("nb-NO")} fra Google Ads til Facebook`);
  const budgets = loose("Google Ads: 5 000 kr → 3 000 kr, Facebook: 3 000 kr → 5 000 kr");
  await expect(moves.getByRole("listitem")).toContainText(moved);
  await expect(moves.getByRole("listitem")).toContainText(budgets);

  await page.goto(`/${slug}/reviews/${meetingId}/minutes`);
  const minutes = page.getByRole("region", { name: "Budsjett flyttet" });
  await expect(minutes).toContainText(moved);
  await expect(minutes).toContainText("Begrunnelse: Facebook gir leads til halve prisen");
  await shoot(page, testInfo, "budget-move-minutes-nb", async () => {
    await expect(minutes).toContainText(budgets);
  });
  const markdown = await (await page.request.get(`/api/orgs/${slug}/reviews/${meetingId}/minutes`)).text();
  expect(markdown).toContain("## Budsjett flyttet");
  expect(markdown).toMatch(loose(`- 2 000 kr av budsjettet for ${thisMonth("nb-NO")} fra Google Ads til Facebook \\(Google Ads: 5 000 kr`));

  // The member follows the same meeting and reads the same minutes, without any money.
  await member.goto(`/${slug}/reviews/${meetingId}`);
  await expect(member.getByRole("heading", { level: 1, name: "Pengemøte" })).toBeVisible();
  await expect(member.getByRole("region", { name: "Flyttet i møtet" })).toHaveCount(0);
  await expect(member.locator("main")).not.toContainText(loose(" kr\\b"));
  await member.goto(`/${slug}/reviews/${meetingId}/minutes`);
  await expect(member.getByRole("heading", { level: 1, name: "Pengemøte" })).toBeVisible();
  await expect(member.locator("main")).not.toContainText(/Budsjett flyttet|Google Ads/);
  expect(await (await member.request.get(`/api/orgs/${slug}/reviews/${meetingId}/minutes`)).text()).not.toContain("Budsjett");
  await member.goto(`/${slug}/channels?period=thisMonth`);
  await expect(member.getByRole("table", { name: /Kanaler, Denne måneden/ }).locator('tr[data-channel="facebook"]')).toBeVisible();
  await expect(member.locator("main")).not.toContainText(loose(" kr\\b"));

  const en = await inEnglish(page, browser);
  await en.goto(`/${slug}/channels?period=thisMonth`);
  const enTable = en.getByRole("table", { name: /Channels, This month/ });
  await expect(enTable.locator('tr[data-channel="facebook"]').getByRole("cell").nth(3)).toHaveText(exact("NOK 125.00"));
  await expect(enTable.locator('tr[data-channel="google_ads"]').getByRole("cell").nth(5)).toHaveText("4");
  await en.goto(`/${slug}/reviews/${meetingId}`);
  const enMoves = en.getByRole("region", { name: "Moved in the meeting" });
  const enMoved = loose(`NOK 2,000 of the ${thisMonth("en-GB")} budget from Google Ads to Facebook`);
  await expect(enMoves.getByRole("listitem")).toContainText(enMoved);
  await shoot(en, testInfo, "budget-move-form-en", async () => {
    await expect(enMoves.getByRole("form", { name: "Move budget" })).toBeVisible();
  });
  await en.goto(`/${slug}/reviews/${meetingId}/minutes`);
  await shoot(en, testInfo, "budget-move-minutes-en", async () => {
    await expect(en.getByRole("region", { name: "Budget moved" })).toContainText(loose("Google Ads: NOK 5,000 → NOK 3,000"));
  });
  await en.context().close();
});
