import type { Locator, Page, TestInfo } from "@playwright/test";
import { expect, isoDay, signUp, test, uniqueEmail } from "./fixtures";

/**
 * A spreadsheet no platform preset knows (a booking system's export:
 * "Dato;Bestillinger;Omsetning", Norwegian numbers) opens the column mapper;
 * mapped and saved as the preset "Bookingsystem", it is imported; the next
 * file of the same layout is read by the preset at once (Preview + Import:
 * two clicks); then the preset's columns are changed from the saved presets.
 * Dates are the last six days, so the day grid shows what landed.
 */
test.use({ locale: "nb-NO" });

const nb = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const csv = (name: string, lines: string[]) => ({ name, mimeType: "text/csv", buffer: Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8") });
const days = [-6, -5, -4, -3, -2, -1].map((d) => nb(isoDay(d)));

// Orders per day, summed: day 1 has two rows (4 + 3 = 7); 7 + 5 + 2 = 14 in all.
const firstFile = csv("booking-eksport-1.csv", [
  "Dato;Bestillinger;Omsetning",
  `${days[0]};4;1 250,50`,
  `${days[0]};3;980,00`,
  `${days[1]};5;1 700,00`,
  `${days[2]};2;640,50`,
]);
// The next period: 6 + 1 = 7, then 3 and 5: 15 orders; revenue 2 100 + 350 + 990,50 + 1 480 = 4 920,50 kr.
const nextFile = csv("booking-eksport-2.csv", [
  "Dato;Bestillinger;Omsetning",
  `${days[3]};6;2 100,00`,
  `${days[3]};1;350,00`,
  `${days[4]};3;990,50`,
  `${days[5]};5;1 480,00`,
]);

async function shoot(page: Page, testInfo: TestInfo, name: string, part: Locator) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const file = testInfo.outputPath(`${name}-${width}.png`);
    // The part itself: the page around it is the measurements page other specs already shoot.
    await part.screenshot({
      path: file,
      style: "[data-sonner-toaster] { display: none !important; } header { position: static !important; }",
    });
    await testInfo.attach(`${name}-${width}`, { path: file, contentType: "image/png" });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function preview(
  page: Page,
  upload: ReturnType<typeof csv>,
  w = { region: "Importer fra CSV", file: "CSV-fil", preview: "Vis forhåndsvisning" },
) {
  const region = page.getByRole("region", { name: w.region });
  await region.getByLabel(w.file).setInputFiles(upload);
  await region.getByRole("button", { name: w.preview }).click();
  return region;
}

test("an unknown booking export is mapped, saved as a preset, and next period's file imports in two clicks", async ({ page }, testInfo) => {
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("mapper"), organization: "Bakeriet kolonner" });
  await page.goto(`/${slug}/measurements`);

  // 1. Unknown layout: the mapper opens with the date column and its format guessed.
  let region = await preview(page, firstFile);
  const mapper = region.getByRole("group", { name: "Velg kolonnene" });
  await expect(mapper.getByLabel("Kolonnen med dato")).toHaveValue("0");
  await expect(mapper.getByLabel(/^Datoformat/)).toHaveValue("dmy");
  await mapper.getByLabel("Kanal for «Bestillinger»").selectOption({ label: "Salg og kunder" });
  await expect(mapper.getByLabel("Måltall for «Bestillinger»")).toHaveValue("Bestillinger");
  await mapper.getByLabel("Flere rader samme dag i «Bestillinger»").selectOption({ label: "Legg sammen" });
  await mapper.getByLabel("Navn på oppsettet").fill("Bookingsystem");
  await shoot(page, testInfo, "mapper-nb", mapper);
  await mapper.getByRole("button", { name: "Lagre som oppsett" }).click();

  // Saved, the preset reads the file at once: 14 orders in three days.
  await expect(region.getByText("Bruker det lagrede oppsettet «Bookingsystem».")).toBeVisible();
  const orders = region.getByRole("table", { name: /^Salg og kunder – Bestillinger \(3 dager\)/ });
  await expect(orders.locator("tfoot")).toContainText("14");
  await shoot(page, testInfo, "preset-applied-nb", region);
  await region.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(region.getByText("Importert: 3 nye, 0 rettet, 0 uendret.").first()).toBeVisible();

  // 2. The next file of the same layout: Preview, then Import.
  await page.reload();
  region = await preview(page, nextFile);
  await expect(region.getByText("Bruker det lagrede oppsettet «Bookingsystem».")).toBeVisible();
  await expect(region.getByRole("table", { name: /^Salg og kunder – Bestillinger/ }).locator("tfoot")).toContainText("15");
  await region.getByRole("button", { name: "Importer", exact: true }).click();
  await expect(region.getByText("Importert: 3 nye, 0 rettet, 0 uendret.").first()).toBeVisible();

  // What landed, day by day in the grid: 7, 5, 2, 7, 3, 5 orders (29).
  await page.reload();
  const grid = page.getByRole("region", { name: "Registrer mange på en gang" });
  await grid.getByLabel("Kanal", { exact: true }).selectOption({ label: "Salg og kunder" });
  await grid.getByLabel("Kolonner", { exact: true }).selectOption({ label: "Dager" });
  await grid.getByRole("button", { name: "Vis", exact: true }).click();
  const cells = grid.getByRole("textbox", { name: /^Bestillinger, / });
  await expect(cells).toHaveCount(7);
  await expect
    .poll(() => cells.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)))
    .toEqual(["7", "5", "2", "7", "3", "5", ""]);

  // 3. The preset's columns changed from the saved presets: revenue is read too.
  const past = page.getByRole("region", { name: "Tidligere importer" });
  await past.getByRole("button", { name: "Endre kolonner Bookingsystem" }).click();
  const editor = past.getByRole("group", { name: "Velg kolonnene" });
  await expect(editor.getByLabel("Kanal for «Bestillinger»")).toHaveValue("sales");
  await editor.getByLabel("Kanal for «Omsetning»").selectOption({ label: "Salg og kunder" });
  await expect(editor.getByLabel("Måltall for «Omsetning»")).toHaveValue("Omsetning");
  await shoot(page, testInfo, "preset-editor-nb", editor);
  await editor.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(page.getByText("Oppsettet er endret. Neste fil blir lest med de nye kolonnene.").first()).toBeVisible();
  region = await preview(page, nextFile);
  await expect(region.getByText("Bruker det lagrede oppsettet «Bookingsystem».")).toBeVisible();
  await expect(region.getByRole("table", { name: /^Salg og kunder – Omsetning/ }).locator("tfoot")).toContainText(/4\s920,5/);

  // 4. The mapper in English, on a file of another layout (US dates: the 23rd can only be month first).
  await page.getByRole("button", { name: "Brukermeny for Kari Eier" }).click();
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Measurements" })).toBeVisible();
  region = await preview(page, csv("guests.csv", ["Day,Guests,Takeaway", "10/23/2025,40,12", "10/24/2025,38,9"]), {
    region: "Import from CSV",
    file: "CSV file",
    preview: "Preview",
  });
  const english = region.getByRole("group", { name: "Choose the columns" });
  await expect(english.getByLabel(/^Date format/)).toHaveValue("mdy");
  await english.getByLabel("Channel for “Guests”").selectOption({ label: "Sales and customers" });
  await shoot(page, testInfo, "mapper-en", english);
  await page.reload();
  await page.getByRole("region", { name: "Past imports" }).getByRole("button", { name: "Change columns Bookingsystem" }).click();
  await shoot(page, testInfo, "preset-editor-en", page.getByRole("group", { name: "Choose the columns" }));
});
