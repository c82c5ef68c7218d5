import { expect, logInToDemo, test } from "./fixtures";

test.use({ locale: "nb-NO" });

test("the demo bakery's dashboard shows its goals with pace, progress and what they still need", async ({ page }) => {
  await logInToDemo(page);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();

  const goals = page.getByRole("region", { name: "Aktive mål" });
  const rows = goals.getByRole("listitem");
  await expect(rows).toHaveCount(3);
  // The manager's own goal comes first.
  await expect(rows.first().getByRole("link")).toHaveText("30 % flere bryllupskakebestillinger via sosiale medier");
  for (const row of await rows.all()) {
    await expect(row.getByText(/(I rute|Usikker|Bak skjema|Nådd|For tidlig å si|Mangler tall)$/)).toBeVisible();
    // The verdict's reason, in words, beside it.
    await expect(row.getByText(/(Foran skjema|Følger planen|Bak planen|Langt bak planen|Nådd|For tidlig å si)/)).toBeVisible();
    await expect(row.getByRole("progressbar")).toBeVisible();
    await expect(row.getByText(/Sist målt:/)).toBeVisible();
    // The forecast as a range rounded for people (no decimals on a count), or why there is none.
    await expect(row.getByText(/^(trolig \d[\d\s]*(–\d[\d\s]*)?|for få målinger til en prognose)$/)).toBeVisible();
  }
  await expect(goals.getByText(/Prognose ved frist:/).first()).toBeVisible();
  await expect(page.getByText("Neste gjennomgang")).toBeVisible();

  // The goal page from the dashboard.
  await rows.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "30 % flere bryllupskakebestillinger via sosiale medier" })).toBeVisible();
});

test("on the demo bakery: the goal chart with its table, benchmarks beside actual results, and a metric's own benchmark changing a verdict", async ({
  page,
}) => {
  await logInToDemo(page);

  // The goal page draws a chart, with a table alternative holding the measurements.
  await page.getByRole("region", { name: "Aktive mål" }).getByRole("link", { name: "25 % mer engasjement på Facebook-innlegg" }).click();
  const card = page.getByRole("region", { name: "Utvikling" });
  await expect(card.locator("canvas")).toBeVisible();
  await card.getByText("Vis som tabell").click();
  // Since the goal started a month ago: a header and one row per weekly measurement.
  expect(await card.getByRole("table").getByRole("row").count()).toBeGreaterThan(3);
  const goalUrl = page.url();
  // +25 % in 3 months; engagement has no benchmark and its own trend is below what a focused half year gives.
  const realism = page.getByTestId("realism");
  await expect(realism.getByText("Ambisiøst", { exact: true })).toBeVisible();

  // Each channel's main metric with its benchmark beside its actual uplift.
  await page.goto("/bakeriet/benchmarks");
  const row = (channel: string, metric: string) =>
    page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${channel}\\s*${metric}$`) }) });
  await expect(row("Facebook", "Følgere").getByRole("cell").nth(1)).toHaveText("15 %");
  await expect(row("Google Ads", "Klikk").getByRole("cell").nth(1)).toHaveText("25 %");
  for (const [channel, metric] of [
    ["Facebook", "Følgere"],
    ["Instagram", "Følgere"],
    ["Nettside / blogg", "Organiske besøk"],
  ]) {
    await expect(row(channel!, metric!).getByRole("cell").nth(2)).toHaveText(/^−?\d+(,\d)?\s%/);
  }

  // A manager gives Facebook engagement a benchmark of its own: the goal's verdict follows.
  await page.getByRole("button", { name: "Legg til referansetall for et tall som ikke har noe" }).click();
  const dialog = page.getByRole("dialog", { name: "Nytt referansetall" });
  await dialog.getByLabel("Tall", { exact: true }).selectOption({ label: "Facebook – Klikk og kommentarer" });
  await dialog.getByLabel("Økning etter 6 mnd (%)").fill("40");
  await dialog.getByLabel("Typisk mål (bokmål)").fill("Mer engasjement");
  await dialog.getByLabel("Typisk mål (engelsk)").fill("More engagement");
  await dialog.getByLabel("Kilde", { exact: true }).fill("Bakeriets egne tall fra 2025");
  await dialog.getByRole("button", { name: "Lagre" }).click();
  await expect(row("Facebook", "Klikk og kommentarer").getByRole("cell").nth(1)).toHaveText("40 %Egen verdi");
  await page.goto(goalUrl);
  await expect(realism.getByText("Vanlig", { exact: true })).toBeVisible();
  await expect(realism.getByText("Ambisiøst", { exact: true })).toHaveCount(0);
});
