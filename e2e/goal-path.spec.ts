import { expect, isoDay, makeTeam, submit, test } from "./fixtures";
import { shoot } from "./shots";

test.use({ locale: "nb-NO", reducedMotion: "reduce" });

/**
 * A goal's path: a goal a third of the way at half time is behind its
 * straight path; once the team says the first months are slow (a milestone
 * of 1 300 in two months), the same value is on its path. An invited manager
 * sets the path (goal.write); the member sees where the goal stands and which
 * path it follows, but not the form (the authorization matrix proves the action refuses them).
 */
test("a manager's milestones move a goal's status, the chart draws the milestone path, and the member sees it without the form", async ({
  browser,
}, testInfo) => {
  // Three sign-ups, a goal, three saves and four full-page pictures on a shared 2-core machine.
  test.setTimeout(240_000);
  const team = await makeTeam(browser, "Delmålbakeriet");
  const { slug, manager: page, member } = team;
  await page.goto(`/${slug}/goals/objectives`);
  await page.getByRole("textbox", { name: "Forretningsmål" }).fill("Flere faste kunder");
  await submit(page, "Opprett");
  await page.goto(`/${slug}/goals/new`);
  const title = "Flere følgere på Instagram";
  await page.getByLabel("Tittel", { exact: true }).fill(title);
  await page.getByLabel("Kanal", { exact: true }).selectOption({ label: "Instagram" });
  await page.getByLabel("Måltall (KPI)").selectOption({ label: "Følgere" });
  await page.getByLabel("Startverdi", { exact: true }).fill("1200");
  await page.getByLabel("Målverdi", { exact: true }).fill("1400");
  await page.getByLabel("Startdato", { exact: true }).fill(isoDay(-120));
  await page.getByLabel("Frist", { exact: true }).fill(isoDay(120));
  await page.getByLabel("Forretningsmål", { exact: true }).selectOption({ label: "Flere faste kunder" });
  await page.getByRole("button", { name: "Lagre og aktiver" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // 1 270 today is 0.35 of the way at half time (0.5 expected): behind the straight path.
  await page.getByLabel("Verdi (Antall)").fill("1270");
  await submit(page, "Lagre måling");
  await expect(page.getByText(/^Bak planen: 1\s270 nå, 1\s300 ventet i dag\.$/)).toBeVisible();
  await expect(page.getByText(/Usikker$/)).toBeVisible();

  // A milestone past the target is refused next to its field; nothing is saved.
  await page.getByRole("radio", { name: /^Delmål/ }).check();
  await page.getByLabel("Dato for delmål 1").fill(isoDay(60));
  await page.getByLabel("Verdi for delmål 1 (Antall)").fill("1500");
  await submit(page, "Lagre veien til målet");
  await expect(page.getByText("Verdien går forbi selve målet.")).toBeVisible();
  await expect(page.getByText(/Usikker$/)).toBeVisible();

  // 1 300 in 60 days: from 1 200 at the start (180 days), 1 267 is expected today, and 1 270 is on the path.
  await page.getByLabel("Verdi for delmål 1 (Antall)").fill("1300");
  await submit(page, "Lagre veien til målet");
  await expect(page.getByText(/^Følger planen: 1\s270 nå, 1\s267 ventet i dag\.$/)).toBeVisible();
  await expect(page.getByText(/I rute$/)).toBeVisible();

  // The member reads the same status and the path it follows, with no form to change it.
  await member.goto(page.url());
  await expect(member.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(member.getByText(/^Følger planen: 1\s270 nå, 1\s267 ventet i dag\.$/)).toBeVisible();
  await expect(member.getByText(/^Målet følger: Delmål\. 1\s300 \(/)).toBeVisible();
  await expect(member.getByRole("radio", { name: /^Delmål/ })).toHaveCount(0);
  await expect(member.getByRole("button", { name: "Lagre veien til målet" })).toHaveCount(0);

  const chart = page.getByRole("region", { name: "Utvikling" });
  await expect(chart.getByText("Veien til målet (delmål)")).toBeVisible();
  await expect(chart.getByRole("img", { name: /Delmål: 1\s300 innen / })).toBeVisible();
  await shoot(page, testInfo, "goal-milestones-nb", async () => {
    await expect(chart.locator("canvas")).toBeVisible();
    await chart.scrollIntoViewIfNeeded();
  });

  // The same goal in English: the language cookie as the switcher leaves it.
  const session = await page.context().storageState();
  const cookies = session.cookies.map((c) => (c.name === "NEXT_LOCALE" ? { ...c, value: "en" } : c));
  const english = await browser.newContext({ locale: "en-GB", reducedMotion: "reduce", storageState: { ...session, cookies } });
  const en = await english.newPage();
  await en.goto(page.url());
  await expect(en.getByText(/^On the path: 1,270 now, 1,267 expected by today\.$/)).toBeVisible();
  await expect(en.getByRole("radio", { name: /^Milestones/ })).toBeChecked();
  const enChart = en.getByRole("region", { name: "Trend" });
  await expect(enChart.getByText("Path to the target (milestones)")).toBeVisible();
  await shoot(en, testInfo, "goal-milestones-en", async () => {
    await expect(enChart.locator("canvas")).toBeVisible();
    await enChart.scrollIntoViewIfNeeded();
  });
  await english.close();
  for (const p of [team.owner, page, member]) await p.context().close();
});
