import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, logInToDemo, test } from "./fixtures";

test.use({ locale: "nb-NO" });

/** The colour a piece of text is printed in. */
const colorOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => getComputedStyle(el).color);

for (const colorScheme of ["light", "dark"] as const) {
  test(`the dashboard prints its goals with progress and status, black on white, with the organization and the date (${colorScheme} system setting)`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme });
    await logInToDemo(page);
    const printButton = page.getByRole("button", { name: "Skriv ut" });
    await expect(printButton).toBeVisible();
    await expect(page.getByRole("navigation").first()).toBeVisible();

    // A4 between its margins: 182 mm wide, 688 CSS pixels.
    await page.emulateMedia({ media: "print", colorScheme });
    await page.setViewportSize({ width: 688, height: 1002 });
    await expect(page.getByRole("navigation")).toHaveCount(0);
    await expect(page.getByRole("banner")).toHaveCount(0);
    await expect(printButton).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
    await expect(page.getByText(/^Bakeriet .* · utskrift \d+\. \S+ \d{4}$/)).toBeVisible();

    const goals = page.getByRole("region", { name: "Aktive mål" });
    const rows = goals.getByRole("listitem");
    await expect(rows).toHaveCount(3);
    for (const row of await rows.all()) {
      await expect(row.getByRole("link")).toBeVisible();
      await expect(row.getByRole("progressbar")).toBeVisible();
      await expect(row.getByText(/(I rute|Usikker|Bak skjema|Nådd|For tidlig å si|Mangler tall)$/)).toBeVisible();
    }
    // Black text on a white page, whatever the screen's colour scheme.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toMatch(
      /^rgb\(255, 255, 255\)$|^rgba\(0, 0, 0, 0\)$/,
    );
    expect(await colorOf(page, "#main h1")).toBe("rgb(0, 0, 0)");
    expect(await colorOf(page, "#main [aria-labelledby='active-goals'] li a")).toBe("rgb(0, 0, 0)");
    // The bar's fill stays visible on paper.
    const fill = await goals
      .getByRole("progressbar")
      .first()
      .locator("div")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(fill).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    // A goal is never cut across two pages.
    expect(await rows.first().evaluate((el) => getComputedStyle(el).breakInside)).toBe("avoid");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(688);

    await page.screenshot({ path: testInfo.outputPath(`dashboard-print-${colorScheme}.png`), fullPage: true });
    const pdfPath = testInfo.outputPath(`dashboard-${colorScheme}.pdf`);
    await page.pdf({ path: pdfPath, format: "A4", printBackground: false });
    const pdf = readFileSync(pdfPath).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    expect([...pdf.matchAll(/\/Type\s*\/Page\b/g)].length).toBeGreaterThan(0);
  });
}
