import { createFacebookGoal, expect, isoDay, logInToDemo, planMeeting, signUp, startMeeting, test, uniqueEmail } from "./fixtures";
import { shoot } from "./shots";

/**
 * Screenshots for each release: the dashboard, a goal with its chart, the
 * benchmarks and an open meeting, full page at desktop and phone width, into
 * the test's output folder (and attached to the report). Each page is checked
 * before its picture, so a broken page fails here instead of being filed.
 */
test.use({ locale: "nb-NO", reducedMotion: "reduce" });

test("screenshots of the demo bakery's dashboard (bokmål, English, dark), a goal with its chart and the benchmarks", async ({
  page,
  browser,
}, testInfo) => {
  await logInToDemo(page);

  await shoot(page, testInfo, "dashboard-nb", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Aktive mål" }).getByRole("progressbar").first()).toBeVisible();
  });

  await page.emulateMedia({ colorScheme: "dark" });
  await shoot(page, testInfo, "dashboard-nb-dark", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
    // The page really is dark: the body's background follows the system setting.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe("rgb(248, 250, 252)");
  });
  await page.emulateMedia({ colorScheme: "light" });

  await page.getByRole("region", { name: "Aktive mål" }).getByRole("link", { name: "25 % mer engasjement på Facebook-innlegg" }).click();
  await shoot(page, testInfo, "goal-nb", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "25 % mer engasjement på Facebook-innlegg" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Utvikling" }).locator("canvas")).toBeVisible();
    await expect(page.getByRole("table", { name: "Siste målinger" })).toBeVisible();
  });

  await page.goto("/bakeriet/benchmarks");
  await shoot(page, testInfo, "benchmarks-nb", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Referansetall" })).toBeVisible();
    // A table on a wide screen, a card per channel on a phone: Facebook's row either way.
    await expect(
      page
        .getByRole("region", { name: "Referansetall per kanal" })
        .getByText("Facebook", { exact: true })
        .filter({ visible: true })
        .first(),
    ).toBeVisible();
    // The chart loads when it comes into view.
    const chart = page.getByRole("region", { name: "Referansetall, resultat og mål" });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator("canvas")).toBeVisible();
  });

  // The same session in English: the language cookie as the language switcher would leave it (without
  // saving the demo user's setting, which other specs read).
  const session = await page.context().storageState();
  const cookies = session.cookies.map((c) => (c.name === "NEXT_LOCALE" ? { ...c, value: "en" } : c));
  const english = await browser.newContext({ locale: "en-GB", reducedMotion: "reduce", storageState: { ...session, cookies } });
  const en = await english.newPage();
  await en.goto("/bakeriet");
  await shoot(en, testInfo, "dashboard-en", async () => {
    await expect(en.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
    await expect(en.getByRole("region", { name: "Active goals" }).getByRole("progressbar").first()).toBeVisible();
  });
  await english.close();
});

test("screenshots of an open review meeting with its agenda", async ({ page }, testInfo) => {
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("skjerm"), organization: "Kafé i Trondheim" });
  const title = await createFacebookGoal(page, slug);
  // A measurement in last week (engagement is counted per week, and the current week is not judged yet),
  // so the agenda shows progress and a chart.
  await page.getByLabel("Dato", { exact: true }).fill(isoDay(-7));
  await page.getByLabel(/^Verdi \(/).fill("420");
  await page.getByRole("button", { name: "Lagre måling" }).click();
  await expect(page.getByRole("table", { name: "Siste målinger" }).getByText("420")).toBeVisible();
  await planMeeting(page, slug, "Gjennomgang november");
  await startMeeting(page);

  await shoot(page, testInfo, "meeting-nb", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Gjennomgang november" })).toBeVisible();
    await expect(page.getByRole("article", { name: title })).toBeVisible();
    const goal = page.getByRole("article", { name: title });
    await expect(goal.getByRole("progressbar").first()).toBeVisible();
    await expect(goal.locator("canvas")).toBeVisible();
  });
});
