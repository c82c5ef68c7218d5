import { expect, logInToDemo, test } from "./fixtures";

test.use({ locale: "nb-NO" });

/**
 * "Bruk malen" puts the template in the form at once; only the baseline waits
 * for the latest measurement. What the person types meanwhile is kept.
 */
test("typing right after applying a template is not overwritten when the latest measurement arrives", async ({ page }) => {
  await logInToDemo(page);
  await page.goto("/bakeriet/goals/new");
  const titleField = page.getByLabel("Tittel", { exact: true });
  const baseline = page.getByLabel("Startverdi", { exact: true });

  // Untouched, the form gets the bakery's latest Facebook engagement as its baseline.
  await page.getByLabel("Start fra en mal").selectOption("facebookEngagement");
  await page.getByRole("button", { name: "Bruk malen" }).click();
  await expect(titleField).not.toHaveValue("");
  await expect(baseline).toHaveValue(/^\d[\d\s,]*$/);
  const templateTitle = await titleField.inputValue();

  // Now the lookup is slow, and the person types before it answers.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let lookups = 0;
  await page.route("**/bakeriet/goals/new**", async (route) => {
    if (route.request().method() === "POST" && route.request().headers()["next-action"]) {
      lookups += 1;
      await held;
    }
    await route.continue();
  });
  await page.getByLabel("Start fra en mal").selectOption("facebookEngagement");
  await page.getByRole("button", { name: "Bruk malen" }).click();
  // The template is in the form before the server has answered.
  await expect(titleField).toHaveValue(templateTitle);
  await expect(baseline).toHaveValue("");
  await titleField.fill("Mer engasjement på kakebildene");
  await baseline.fill("350");
  await expect.poll(() => lookups).toBeGreaterThan(0);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  release();
  await answered;
  // Give React the moment to apply the late answer, then check nothing was overwritten.
  await page.waitForTimeout(300);
  await expect(titleField).toHaveValue("Mer engasjement på kakebildene");
  await expect(baseline).toHaveValue("350");
  // The target follows the typed baseline: the template's +25 %.
  await expect(page.getByLabel("Målverdi", { exact: true })).toHaveValue("438");
});
