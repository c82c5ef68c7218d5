import type { Locator } from "@playwright/test";
import { expect, signUp, submit, test, uniqueEmail } from "./fixtures";
import { shoot } from "./shots";

test.use({ locale: "nb-NO" });

test("a measurement recorded on the goal page moves the goal's progress at once", async ({ page }) => {
  const slug = await signUp(page, { name: "Kari Kafé", email: uniqueEmail("kafe"), organization: "Kafé Trondheim" });
  await page.goto(`/${slug}/goals/new`);
  await page.getByLabel("Tittel", { exact: true }).fill("Flere faste kunder i kafeen");
  await page.getByLabel("Kanal", { exact: true }).selectOption({ label: "Salg og kunder" });
  await page.getByLabel("Måltall (KPI)").selectOption({ label: "Faste kunder" });
  await page.getByLabel("Startverdi", { exact: true }).fill("100");
  await page.getByLabel("Målverdi", { exact: true }).fill("120");
  await page.getByRole("button", { name: "Lagre som utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Flere faste kunder i kafeen" })).toBeVisible();
  await expect(page.getByText("Ingen målinger ennå.").first()).toBeVisible();

  await page.getByLabel("Verdi (Antall)").fill("110");
  await submit(page, "Lagre måling");
  await expect(page.getByText(/Målingen for .* er lagret\./)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Fremdrift for Flere faste kunder i kafeen" })).toHaveAttribute("aria-valuenow", "50");
  await expect(page.getByText("50 % av veien · nå 110, mål 120")).toBeVisible();

  // The same date again is a correction, and the progress follows it.
  await page.getByLabel("Verdi (Antall)").fill("115");
  await submit(page, "Lagre måling");
  await expect(page.getByText(/er rettet/)).toBeVisible();
  await expect(page.getByText("75 % av veien · nå 115, mål 120")).toBeVisible();

  // A future date is refused next to the field.
  await page.getByLabel("Verdi (Antall)").fill("130");
  await page.getByLabel("Dato", { exact: true }).fill("2099-01-01");
  await submit(page, "Lagre måling");
  await expect(page.getByText("Datoen er fram i tid. Registrer målinger når de har skjedd.")).toBeVisible();
  await expect(page.getByText("75 % av veien · nå 115, mål 120")).toBeVisible();
});

test("the bulk grid saves several values in one go and marks a bad cell; an unusual value is asked about before it is saved", async ({
  page,
}, testInfo) => {
  const slug = await signUp(page, { name: "Åse Salong", email: uniqueEmail("salong"), organization: "Frisør i Trondheim" });
  await page.goto(`/${slug}/measurements`);
  await page
    .getByRole("region", { name: "Registrer mange på en gang" })
    .getByLabel("Kanal", { exact: true })
    .selectOption({ label: "Instagram" });
  await page.getByLabel("Kolonner").selectOption("day");
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  const cells = page.getByRole("textbox", { name: /^Følgere, / });
  await expect(cells).toHaveCount(7);
  await cells.nth(5).fill("1 200");
  await cells.nth(6).fill("mange");
  await page.getByRole("button", { name: "Lagre 2 verdier" }).click();
  await expect(cells.nth(6)).toHaveAttribute("aria-invalid", "true");
  await cells.nth(6).fill("1210");
  await page.getByRole("button", { name: "Lagre 2 verdier" }).click();
  await expect(page.getByText("2 verdier er lagret.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: /^Følgere, / }).nth(5)).toHaveValue("1200");
  await expect(page.getByRole("textbox", { name: /^Følgere, / }).nth(6)).toHaveValue("1210");

  // Three values make a recent range (1 190–1 210); 12 000 is far outside it: asked, not refused.
  await cells.nth(4).fill("1190");
  await page.getByRole("button", { name: "Lagre 1 verdi" }).click();
  await expect(page.getByText("1 verdi er lagret.")).toBeVisible();
  // The refreshed page has the saved value (typing before it lands would be reset by it).
  await expect(page.getByRole("button", { name: "Ingen endringer å lagre" })).toBeVisible();
  await cells.nth(3).fill("12 000");
  await page.getByRole("button", { name: "Lagre 1 verdi" }).click();
  const question = page.getByRole("group", { name: "Er du sikker?" });
  await expect(question).toContainText(/Følgere, .*: 12\s000\. Vanligvis mellom 1\s190 og 1\s210 den siste tiden\./);
  await expect(cells.nth(3)).toHaveAttribute("data-unusual", "true");
  await shoot(page, testInfo, "grid-unusual-nb", () => expect(question).toBeVisible());
  await question.getByRole("button", { name: "Lagre likevel" }).click();
  // The toast of the save before may still be on screen (sonner holds it while
  // the pointer rests on it), so the newest of them is the one looked for.
  await expect(page.getByText("1 verdi er lagret.").last()).toBeVisible();
  await expect(question).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Ingen endringer å lagre" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("textbox", { name: /^Følgere, / }).nth(3)).toHaveValue("12000");
});

test("the grid opens on this week of the channel with the newest data, sums daily values read-only and pages to older weeks", async ({
  page,
}, testInfo) => {
  const slug = await signUp(page, { name: "Per Pizza", email: uniqueEmail("pizza"), organization: "Pizza i Bodø" });
  // Today's and yesterday's followers typed per day on Instagram, from a phone.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.goto(`/${slug}/measurements?every=day`);
  const grid = page.getByRole("region", { name: "Registrer mange på en gang" });
  await grid.getByLabel("Kanal", { exact: true }).selectOption({ label: "Instagram" });
  await grid.getByRole("button", { name: "Vis", exact: true }).click();
  const days = page.getByRole("textbox", { name: /^Følgere, / });
  await expect(days).toHaveCount(7);
  // Opened scrolled to today: the last column is across the phone's width, the first is scrolled off to the left.
  const left = async (cell: Locator) => (await cell.boundingBox())!.x;
  expect(await left(days.nth(6))).toBeGreaterThan(0);
  expect(await left(days.nth(6))).toBeLessThan(390 - 90);
  expect(await left(days.nth(0))).toBeLessThan(0);
  await days.nth(6).fill("512");
  await page.getByRole("button", { name: "Lagre 1 verdi" }).click();
  await expect(page.getByText("1 verdi er lagret.")).toBeVisible();

  // Without choosing anything the grid opens on Instagram, in weeks, this week scrolled into view.
  await page.goto(`/${slug}/measurements`);
  await expect(grid.getByLabel("Kanal", { exact: true }).locator("option:checked")).toHaveText("Instagram");
  const thisWeek = grid.getByLabel(/^Følgere, .*: 512, Summen av verdiene per dag, perioden er ikke over ennå$/);
  expect(await left(thisWeek)).toBeGreaterThan(0);
  expect(await left(thisWeek)).toBeLessThan(390 - 90);
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const path = testInfo.outputPath(`grid-weeks-${width}.png`);
    await grid.screenshot({ path });
    await testInfo.attach(`grid-weeks-${width}`, { path, contentType: "image/png" });
  }
  await expect(grid.getByText("* betyr at perioden ikke er over ennå.")).toBeVisible();
  // A typed week over daily values would be ignored, so the week is not a text box.
  await expect(page.getByRole("textbox", { name: /^Følgere, / })).toHaveCount(7);

  await grid.getByRole("link", { name: "← Tidligere uker" }).click();
  await expect(grid.getByRole("link", { name: "Til denne uken" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: /^Følgere, / })).toHaveCount(8);
  await grid.getByRole("link", { name: "Senere uker →" }).click();
  await expect(thisWeek).toBeVisible();
});
