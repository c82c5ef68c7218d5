import { readFileSync } from "node:fs";
import type { Page, TestInfo } from "@playwright/test";
import { expect, logInToDemo, test } from "./fixtures";

// The demo bakery's last monthly meeting, closed by its owner (scripts/demo/review.ts).
const MEETING = "Månedsmøte i bakeriet";

test.use({ locale: "nb-NO" });

/** From the list of past meetings to the meeting's minutes. */
async function openMinutes(page: Page) {
  await page.goto("/bakeriet/reviews");
  await page.getByRole("link", { name: new RegExp(MEETING) }).click();
  await expect(page).toHaveURL(/\/bakeriet\/reviews\/[0-9a-f-]{36}\/minutes$/);
  await expect(page.getByRole("heading", { level: 1, name: MEETING })).toBeVisible();
}

/**
 * Print media: the app's navigation, header bar and the page's own buttons
 * are gone, the minutes fill the page; then a screenshot and an A4 PDF.
 */
async function checkPrint(page: Page, testInfo: TestInfo, name: string, labels: { print: string; download: string }) {
  const printButton = page.getByRole("button", { name: labels.print });
  const downloadLink = page.getByRole("link", { name: labels.download });
  await expect(page.getByRole("navigation")).not.toHaveCount(0);
  await expect(page.getByRole("banner")).toBeVisible();
  await expect(printButton).toBeVisible();
  await expect(downloadLink).toBeVisible();

  // Printed, the page is as wide as A4 between its margins: 210 − 2 × 14 mm = 182 mm, 688 CSS pixels.
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 688, height: 1002 });
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.getByRole("banner")).toHaveCount(0);
  await expect(printButton).toHaveCount(0);
  await expect(downloadLink).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: MEETING })).toBeVisible();
  // Without the sidebar the content starts at the page's left edge and spans it.
  const main = (await page.locator("#main").boundingBox())!;
  expect(main.x).toBeLessThan(1);
  expect(main.width).toBeGreaterThan(686);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(688);
  await page.screenshot({ path: testInfo.outputPath(`minutes-print-${name}.png`), fullPage: true });

  const pdfPath = testInfo.outputPath(`minutes-${name}.pdf`);
  await page.pdf({ path: pdfPath, format: "A4" });
  const pdf = readFileSync(pdfPath).toString("latin1");
  expect(pdf.startsWith("%PDF-")).toBe(true);
  // Every page A4: 595 × 842 points (Chromium rounds to whole CSS pixels: 595.92 × 842.88).
  const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(boxes.length).toBeGreaterThan(0);
  for (const [width, height] of boxes) {
    expect(Math.abs(width! - 595.28)).toBeLessThan(1);
    expect(Math.abs(height! - 841.89)).toBeLessThan(1.5);
  }
}

test("the minutes of the demo bakery's last meeting list attendees, decisions, the adjustment and action items, and print on A4 without the app's navigation", async ({
  page,
}, testInfo) => {
  await logInToDemo(page, "eier");
  await openMinutes(page);
  await expect(page.getByText(/^Avsluttet \d+\. \S+ \d{4} av Kari Nordmann$/)).toBeVisible();

  const attendees = page.getByRole("region", { name: "Til stede" });
  for (const name of ["Ingrid Berg", "Kari Nordmann", "Ola Hansen"]) await expect(attendees.getByText(name, { exact: true })).toBeVisible();

  // The wedding-cake goal was adjusted: its deadline moved a month, with the reason.
  const wedding = page.getByRole("region", { name: "30 % flere bryllupskakebestillinger via sosiale medier" });
  await expect(wedding.getByText("Justere målet")).toBeVisible();
  await expect(wedding.getByText(/^Frist \d+\. \S+ \d{4} → \d+\. \S+ \d{4}$/)).toBeVisible();
  await expect(wedding.getByText(/Vi flytter fristen en måned/)).toBeVisible();
  await expect(wedding.getByRole("list", { name: /^Notater om/ })).toContainText(
    "Tre nye forespørsler kom via bestillingslenken på Instagram",
  );

  const facebook = page.getByRole("region", { name: "25 % mer engasjement på Facebook-innlegg" });
  await expect(facebook.getByText("Beholde målet")).toBeVisible();
  const facebookItems = facebook.getByRole("list", { name: /^Oppgaver for/ }).getByRole("listitem");
  await expect(facebookItems).toHaveCount(1);
  await expect(facebookItems.first()).toContainText("Utført: Lage innleggsplan for de neste fire ukene");
  await expect(facebookItems.first()).toContainText("ansvarlig: Ingrid Berg");
  await expect(page.getByRole("list", { name: "Øvrige oppgaver" })).toContainText("Oppdatere åpningstidene for jul i Google-profilen");

  // The Markdown download: the same minutes as a file.
  const href = (await page.getByRole("link", { name: "Last ned som Markdown" }).getAttribute("href"))!;
  const download = await page.request.get(href);
  expect(download.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="manedsmote-i-bakeriet-\d{4}-\d{2}-\d{2}-referat\.md"$/);
  const markdown = await download.text();
  expect(markdown).toContain(`# Referat: ${MEETING}\n`);
  expect(markdown).toContain("- [x] Lage innleggsplan for de neste fire ukene — ansvarlig: Ingrid Berg");

  await page.screenshot({ path: testInfo.outputPath("minutes-screen-nb.png"), fullPage: true });
  await checkPrint(page, testInfo, "nb", { print: "Skriv ut", download: "Last ned som Markdown" });
});

test("in English, the minutes read in English and print the same way", async ({ page, context }, testInfo) => {
  await logInToDemo(page, "eier");
  // This browser's choice only: the language switcher would save it for the demo owner.
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: new URL(page.url()).origin }]);
  await openMinutes(page);
  await expect(page.getByText(/^Closed on \d+ \S+ \d{4} by Kari Nordmann$/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Attendees" }).getByText("Ola Hansen", { exact: true })).toBeVisible();
  const wedding = page.getByRole("region", { name: "30 % flere bryllupskakebestillinger via sosiale medier" });
  await expect(wedding.getByText("Adjust the goal")).toBeVisible();
  await expect(wedding.getByText(/^Deadline \d+ \S+ \d{4} → \d+ \S+ \d{4}$/)).toBeVisible();
  await expect(page.getByRole("list", { name: "Other action items" })).toContainText("owner: Kari Nordmann");
  await page.screenshot({ path: testInfo.outputPath("minutes-screen-en.png"), fullPage: true });
  await checkPrint(page, testInfo, "en", { print: "Print", download: "Download as Markdown" });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the minutes fit a 390 px screen and print without the app's navigation", async ({ page }, testInfo) => {
    await logInToDemo(page, "eier");
    await openMinutes(page);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath("minutes-screen-390.png"), fullPage: true });
    await checkPrint(page, testInfo, "390", { print: "Skriv ut", download: "Last ned som Markdown" });
  });
});
