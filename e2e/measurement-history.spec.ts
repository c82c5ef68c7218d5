import { expect, signUp, submit, test, uniqueEmail } from "./fixtures";
import { shoot } from "./shots";

test.use({ locale: "nb-NO" });

test("a recorded value shows in the history with its source, is corrected there and keeps its old value", async ({ page }, testInfo) => {
  const slug = await signUp(page, { name: "Kari Kake", email: uniqueEmail("kake"), organization: "Kakebua i Oslo" });

  // Recorded in the grid: today's Instagram followers.
  await page.goto(`/${slug}/measurements?every=day`);
  const grid = page.getByRole("region", { name: "Registrer mange på en gang" });
  await grid.getByLabel("Kanal", { exact: true }).selectOption({ label: "Instagram" });
  await grid.getByRole("button", { name: "Vis", exact: true }).click();
  await page
    .getByRole("textbox", { name: /^Følgere, / })
    .nth(6)
    .fill("1200");
  await page.getByRole("button", { name: "Lagre 1 verdi" }).click();
  await expect(page.getByText("1 verdi er lagret.")).toBeVisible();

  // The history names who entered it and from where.
  await page.getByRole("link", { name: "Historikk", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Historikk for målinger" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Instagram · Følgere" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("1 200");
  await expect(row).toContainText("Rutenettet");
  await expect(row).toContainText("Kari Kake");
  await expect(row).toContainText("Ingen");
  // The source filter keeps it out of the typed-in values.
  await page.getByLabel("Kilde").selectOption({ label: "Skrevet inn" });
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/source=manual/);
  await expect(page.getByText("Ingen målinger passer filtrene.")).toBeVisible();
  await page.getByRole("link", { name: "Nullstill" }).click();

  // Corrected: half a follower is refused next to the field, a whole number is saved.
  await page.getByRole("link", { name: /^Vis og rett Instagram · Følgere/ }).click();
  await expect(page.getByLabel("Ny verdi")).toHaveValue("1200");
  await page.getByLabel("Ny verdi").fill("1250,5");
  await submit(page, "Lagre rettelsen");
  await expect(page.getByText("Skriv et helt tall: dette måltallet teller hele ting.")).toBeVisible();
  await page.getByLabel("Ny verdi").fill("1250");
  await submit(page, "Lagre rettelsen");
  await expect(page.getByText("Verdien er rettet. Den forrige ligger i historikken.")).toBeVisible();
  const earlier = page.getByRole("list", { name: "Tidligere verdier" });
  await expect(earlier.getByRole("listitem")).toHaveCount(1);
  await expect(earlier).toContainText("1 200");
  await expect(earlier).toContainText("Rutenettet");
  await expect(earlier).toContainText("Rettet av Kari Kake");
  await shoot(page, testInfo, "measurement-nb", async () => {
    await expect(page.getByText("1 250", { exact: true })).toBeVisible();
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("link", { name: "Historikk for målinger" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Instagram · Følgere" })).toContainText("1 tidligere verdi");
  // One link per value, in the table or (on a phone) in the list.
  await shoot(page, testInfo, "measurement-history-nb", async () => {
    await expect(page.getByRole("link", { name: /^Vis og rett Instagram · Følgere/ })).toBeVisible();
  });
  await page.setViewportSize({ width: 1280, height: 900 });

  // The same in English.
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: testInfo.project.use.baseURL! }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Measurement history" })).toBeVisible();
  const english = page.getByRole("row").filter({ hasText: "Instagram · Followers" });
  await expect(english).toContainText("1,250");
  await expect(english).toContainText("Typed in");
  await expect(english).toContainText("1 earlier value");
  await shoot(page, testInfo, "measurement-history-en", async () => {
    await expect(page.getByRole("link", { name: /^View and correct Instagram · Followers/ })).toBeVisible();
  });
  await page.getByRole("link", { name: /^View and correct Instagram · Followers/ }).click();
  await expect(page.getByRole("list", { name: "Earlier values" })).toContainText("Corrected by Kari Kake");
  await shoot(page, testInfo, "measurement-en", async () => {
    await expect(page.getByLabel("New value")).toHaveValue("1250");
  });
});
