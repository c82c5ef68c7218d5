import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { createFacebookGoal, expect, isoDay, signUp, test, uniqueEmail } from "./fixtures";

/**
 * A platform's own download dropped on the measurements page: the preview names
 * the platform, the channels are proposed and the series shown per week; after
 * the import the goal's progress on the dashboard is the hand-computed value
 * (test/fixtures/imports/README.md); then one import is undone. The files are
 * the fixtures with their dates moved into last week, so the dashboard reads
 * them as the last complete week whatever day the test runs.
 */
test.use({ locale: "nb-NO" });

const root = process.cwd();
const read = (rel: string) => readFileSync(path.join(root, "test/fixtures/imports", rel), "utf8");
/** Monday of last week, as days from today (Oslo). */
const lastMonday = (() => {
  const weekday = (new Date(`${isoDay(0)}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return -7 - weekday;
})();
const day = (offset: number) => isoDay(lastMonday + offset);
const compact = (iso: string) => iso.replaceAll("-", "");
const us = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
const file = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

/** GA4's export with its seven days (16–22 Nov 2026 in the fixture) moved to last week. */
function ga4File() {
  let text = read("ga4/e2e-traffic-acquisition.csv");
  for (let i = 0; i < 7; i++) text = text.replaceAll(`202611${16 + i}`, compact(day(i)));
  return file("e2e-traffic-acquisition.csv", text);
}
/** Meta's posts export with Tuesday 17 and Friday 20 Nov 2026 moved to last week's Tuesday and Friday. */
function metaFile() {
  const text = read("meta-posts/e2e-posts.csv")
    .replaceAll("11/17/2026", us(day(1)))
    .replaceAll("11/20/2026", us(day(4)));
  return file("e2e-posts.csv", text);
}

type Words = {
  region: string;
  file: string;
  preview: string;
  commit: string;
  imported: (created: number, corrected: number, unchanged: number) => string;
  website: string;
  organicVisits: string;
  facebook: string;
  engagement: string;
  progressOf: (goal: string) => string;
  pastImports: string;
};
const NB: Words = {
  region: "Importer fra CSV",
  file: "CSV-fil",
  preview: "Vis forhåndsvisning",
  commit: "Importer",
  imported: (a, b, c) => `Importert: ${a} nye, ${b} rettet, ${c} uendret.`,
  website: "Nettside / blogg",
  organicVisits: "Organiske besøk",
  facebook: "Facebook",
  engagement: "Klikk og kommentarer",
  progressOf: (g) => `Fremdrift for ${g}`,
  pastImports: "Tidligere importer",
};
const EN: Words = {
  ...NB,
  region: "Import from CSV",
  file: "CSV file",
  preview: "Preview",
  commit: "Import",
  imported: (a, b, c) => `Imported: ${a} new, ${b} corrected, ${c} unchanged.`,
  website: "Website / blog",
  organicVisits: "Organic visits",
  engagement: "Clicks and comments",
  progressOf: (g) => `Progress of ${g}`,
  pastImports: "Past imports",
};

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const file = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true, style: "[data-sonner-toaster] { display: none !important; }" });
    await testInfo.attach(`${name}-${width}`, { path: file, contentType: "image/png" });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Picks the file and opens its preview. */
async function previewFile(page: Page, w: Words, upload: ReturnType<typeof file>) {
  const region = page.getByRole("region", { name: w.region });
  await region.getByLabel(w.file).setInputFiles(upload);
  await region.getByRole("button", { name: w.preview }).click();
  return region;
}

async function commit(region: ReturnType<Page["getByRole"]>, w: Words, counts: [number, number, number]) {
  await region.getByRole("button", { name: w.commit, exact: true }).click();
  await expect(region.getByText(w.imported(...counts)).first()).toBeVisible();
}

for (const [lang, w] of [
  ["nb", NB],
  ["en", EN],
] as const) {
  test(`GA4 and Meta Business Suite exports imported on the measurements page move the goal's progress (${lang})`, async ({
    page,
  }, testInfo) => {
    const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail(`import-${lang}`), organization: `Bakeriet import ${lang}` });
    const goal = await createFacebookGoal(page, slug);
    if (lang === "en") {
      await page.goto(`/${slug}`);
      await page.getByRole("button", { name: "Brukermeny for Kari Eier" }).click();
      await page.getByRole("menuitemradio", { name: "English" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    }
    await page.goto(`/${slug}/measurements`);

    // GA4: seven days of Organic Search sessions, last week, 840 in all; its other columns are left out.
    let region = await previewFile(page, w, ga4File());
    await expect(region.getByText(/^Google Analytics 4/).first()).toBeVisible();
    const ga4Table = region.getByRole("table", { name: new RegExp(`^${w.website} – ${w.organicVisits}`) });
    await expect(ga4Table.getByRole("row").nth(1)).toContainText("840");
    await commit(region, w, [7, 0, 0]);

    // Meta Business Suite posts: summed per publishing day; last week's engagement is 166 + 264 = 430.
    await page.reload();
    region = await previewFile(page, w, metaFile());
    await expect(region.getByText(/^Meta Business Suite/).first()).toBeVisible();
    await expect(region.getByRole("table", { name: new RegExp(`^${w.facebook} – ${w.engagement}`) })).toContainText("430");
    if (lang === "nb") await shoot(page, testInfo, "import-preview");
    // Engagement and reach on two days.
    await commit(region, w, [4, 0, 0]);

    // The same file again changes nothing.
    await page.reload();
    region = await previewFile(page, w, metaFile());
    await commit(region, w, [0, 0, 4]);

    // The dashboard: last week's engagement 430 against 400 → 450 per week is 60 %.
    await page.goto(`/${slug}`);
    await expect(page.getByRole("progressbar", { name: w.progressOf(goal) }).first()).toHaveAttribute("aria-valuenow", "60");

    if (lang === "nb") {
      // Undo the Meta import: its values go, and the goal has no measurement again.
      await page.goto(`/${slug}/measurements`);
      const past = page.getByRole("region", { name: w.pastImports });
      await expect(past.getByRole("listitem")).toHaveCount(3);
      await expect(past.getByRole("listitem").first()).toContainText("e2e-posts.csv");
      await expect(past.getByRole("listitem").first()).toContainText("Kari Eier");
      await shoot(page, testInfo, "imports-list");
      await past
        .getByRole("listitem")
        .nth(1)
        .getByRole("button", { name: /^Angre/ })
        .click();
      await page.getByRole("alertdialog").getByRole("button", { name: "Angre" }).click();
      await expect(past.getByRole("listitem").nth(1)).toContainText("Angret av Kari Eier");
      await page.goto(`/${slug}`);
      const bar = page.getByRole("progressbar", { name: w.progressOf(goal) }).first();
      await expect(
        page
          .getByText("Ingen målinger ennå – registrer en verdi for å se fremdriften.")
          .first()
          .or(bar.and(page.locator('[aria-valuenow="0"]'))),
      ).toBeVisible();
    }
  });
}
