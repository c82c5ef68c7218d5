import { expect, test } from "./fixtures";

test.use({ locale: "nb-NO" });

test("the demo bakery's dashboard shows its goals with pace, progress and what they still need", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("E-post").fill("leder@bakeriet.no");
  await page.getByLabel("Passord").fill("maalbar-demo");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/bakeriet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();

  const goals = page.getByRole("region", { name: "Aktive mål" });
  const rows = goals.getByRole("listitem");
  await expect(rows).toHaveCount(3);
  // The manager's own goal comes first.
  await expect(rows.first().getByRole("link")).toHaveText("30 % flere bryllupskakebestillinger via sosiale medier");
  for (const row of await rows.all()) {
    await expect(row.getByText(/I rute|Usikker|Bak skjema|Mangler målinger/)).toBeVisible();
    await expect(row.getByRole("progressbar")).toBeVisible();
    await expect(row.getByText(/Sist målt:/)).toBeVisible();
  }
  await expect(goals.getByText(/Prognose ved frist:/).first()).toBeVisible();
  await expect(page.getByText("Neste gjennomgang")).toBeVisible();

  // The goal page from the dashboard.
  await rows.first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: "30 % flere bryllupskakebestillinger via sosiale medier" })).toBeVisible();
});
