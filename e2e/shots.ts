import type { Page, TestInfo } from "@playwright/test";
import { expect } from "./fixtures";

const WIDTHS = [1280, 390] as const;

/**
 * A full-page screenshot at desktop and phone width, attached to the report.
 * `check` runs at each width before the picture, so a broken page fails
 * instead of being filed; nothing may stick out sideways.
 */
export async function shoot(page: Page, testInfo: TestInfo, name: string, check: () => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await check();
    // A chart follows the new width a moment after the resize.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name} at ${width} px` })
      .toBeLessThanOrEqual(width);
    const path = testInfo.outputPath(`${name}-${width}.png`);
    // Toasts ("Møtet er i gang.") come and go; the page under them is what is filed.
    await page.screenshot({ path, fullPage: true, style: "[data-sonner-toaster] { display: none !important; }" });
    await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
  }
}
