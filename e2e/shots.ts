import type { Page, TestInfo } from "@playwright/test";
import { expect } from "./fixtures";

const WIDTHS = [1280, 390] as const;

/** The page's width, and (when wider than `width`) the outermost elements that reach past it, to name in a failure. */
function overflow(page: Page, width: number) {
  return page.evaluate((limit) => {
    const scroll = document.documentElement.scrollWidth;
    if (scroll <= limit) return { scroll, wide: [] as string[] };
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll("*")) {
      if (wide.length >= 5) break;
      const right = el.getBoundingClientRect().right + window.scrollX;
      const parent = el.parentElement;
      const parentRight = parent ? parent.getBoundingClientRect().right + window.scrollX : 0;
      if (right > limit && parentRight <= limit) {
        const cls = typeof el.className === "string" ? el.className.slice(0, 60) : "";
        wide.push(`<${el.tagName.toLowerCase()} class="${cls}"> ${Math.round(right)} px: ${(el.textContent ?? "").trim().slice(0, 60)}`);
      }
    }
    return { scroll, wide };
  }, width);
}

/**
 * A full-page screenshot at desktop and phone width, attached to the report.
 * `check` runs at each width before the picture, so a broken page fails
 * instead of being filed; nothing may stick out sideways (a failure names what does).
 */
export async function shoot(page: Page, testInfo: TestInfo, name: string, check: () => Promise<void>) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await check();
    // A chart follows the new width a moment after the resize: wait up to 10 s for the page to fit.
    let seen = await overflow(page, width);
    for (let waited = 0; seen.scroll > width && waited < 10_000; waited += 250) {
      await page.waitForTimeout(250);
      seen = await overflow(page, width);
    }
    expect(seen.scroll, `${name} at ${width} px is wider than the window because of ${JSON.stringify(seen.wide)}`).toBeLessThanOrEqual(
      width,
    );
    const path = testInfo.outputPath(`${name}-${width}.png`);
    // Toasts ("Møtet er i gang.") come and go; the page under them is what is filed.
    await page.screenshot({ path, fullPage: true, style: "[data-sonner-toaster] { display: none !important; }" });
    await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
  }
}
