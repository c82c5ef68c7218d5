import type { Locator, Page } from "@playwright/test";
import { completeSignUp, expect, PASSWORD, signUp, signUpThroughForms, submit, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO" });

const STEPS = [
  "Bestem hva dere vil oppnå",
  "Se på tallene dere har",
  "Sett en frist",
  "Gjør målet konkret og målbart",
  "Velg kanalene der kundene er",
  "Involver teamet",
  "Planlegg den første gjennomgangen",
] as const;

const checklistOf = (page: Page) => page.getByRole("region", { name: /^(Kom i gang|Alle sju stegene|Get started|All seven steps)/ });
const stepItem = (checklist: Locator, title: string) =>
  checklist.getByRole("list", { name: "Stegene" }).getByRole("listitem").filter({ hasText: title });

/** On the dashboard: `done` steps ticked ("Fullført"), every other one still open ("Gjenstår"), and the count. */
async function expectTicked(page: Page, slug: string, done: number) {
  await page.goto(`/${slug}`);
  const checklist = checklistOf(page);
  const count = `${done} av 7 fullført`;
  await expect(checklist.getByText(count)).toBeVisible();
  await expect(checklist.getByRole("progressbar", { name: "Fremdrift i kom-i-gang-listen" })).toHaveAttribute("aria-valuetext", count);
  if (done === 7) await checklist.getByText("Vis stegene").click();
  for (const [i, title] of STEPS.entries()) {
    await expect(stepItem(checklist, title), title).toContainText(i < done ? "Fullført" : "Gjenstår");
  }
  return checklist;
}

/** The checklist as a picture, for a person to look at (saved under the test's output folder). */
async function snap(page: Page, name: string, width: number) {
  // Tall enough for the whole list, so the sticky header never covers its top.
  await page.setViewportSize({ width, height: 1600 });
  await checklistOf(page).screenshot({ path: test.info().outputPath(`${name}-${width}.png`) });
}

test("a new organization walks the source article's seven steps, each ticked from what it really did", async ({ page }) => {
  test.setTimeout(180_000);
  const slug = await signUpThroughForms(page, { name: "Kari Kafé", email: uniqueEmail("kafe"), organization: "Kafé i Trondheim" });
  let checklist = await expectTicked(page, slug, 0);
  await expect(stepItem(checklist, STEPS[0]).getByText("Økt salg, mer trafikk eller mer lojale kunder?", { exact: false })).toBeVisible();

  // 1. What to achieve: a business objective, from the checklist's own link.
  await checklist.getByRole("link", { name: "Skriv et forretningsmål" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forretningsmål" })).toBeVisible();
  await page.getByRole("textbox", { name: "Forretningsmål" }).fill("Flere faste kunder");
  await submit(page, "Opprett");
  checklist = await expectTicked(page, slug, 1);

  // 2. Data: today's Instagram followers in the grid (not the channel the goal will use).
  await checklist.getByRole("link", { name: "Registrer dagens tall" }).click();
  const grid = page.getByRole("region", { name: "Registrer mange på en gang" });
  await grid.getByLabel("Kanal", { exact: true }).selectOption({ label: "Instagram" });
  await grid.getByRole("button", { name: "Vis", exact: true }).click();
  await page
    .getByRole("textbox", { name: /^Følgere, / })
    .last()
    .fill("1200");
  await page.getByRole("button", { name: "Lagre 1 verdi" }).click();
  await expect(page.getByText("1 verdi er lagret.")).toBeVisible();
  checklist = await expectTicked(page, slug, 2);

  // 3. A deadline: a goal from a template, saved as a draft.
  await checklist.getByRole("link", { name: "Lag et mål med frist" }).click();
  await page.getByLabel("Start fra en mal").selectOption("facebookEngagement");
  await page.getByRole("button", { name: "Bruk malen" }).click();
  await expect(page.getByLabel("Frist", { exact: true })).not.toHaveValue("");
  await page.getByLabel("Startverdi", { exact: true }).fill("400");
  await expect(page.getByLabel("Målverdi", { exact: true })).toHaveValue("500");
  await page.getByLabel("Målverdi", { exact: true }).fill("450");
  await page.getByLabel("Forretningsmål", { exact: true }).selectOption({ label: "Flere faste kunder" });
  const title = await page.getByLabel("Tittel", { exact: true }).inputValue();
  await page.getByRole("button", { name: "Lagre som utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  checklist = await expectTicked(page, slug, 3);
  await snap(page, "checklist-nb", 1280);
  await snap(page, "checklist-nb", 390);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("region", { name: "Get started: seven steps to goals you reach" }).getByText("3 of 7 done")).toBeVisible();
  await snap(page, "checklist-en", 1280);
  await snap(page, "checklist-en", 390);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "nb", url: page.url() }]);
  await page.setViewportSize({ width: 1280, height: 720 });

  // 4. Concrete: the draft is activated, which only a goal passing all five SMART checks can be.
  checklist = await expectTicked(page, slug, 3);
  await checklist.getByRole("link", { name: "Aktiver utkastet" }).click();
  await page.getByRole("button", { name: "Aktiver", exact: true }).click();
  await expect(page.getByText("Målet er aktivert.")).toBeVisible();
  checklist = await expectTicked(page, slug, 4);

  // 5. The goal's channel measured: the link opens the grid on Facebook.
  await checklist.getByRole("link", { name: "Registrer en måling for målets kanal" }).click();
  await expect(grid.getByLabel("Kanal", { exact: true }).locator("option:checked")).toHaveText("Facebook");
  await page
    .getByRole("textbox", { name: /^Klikk og kommentarer, / })
    .last()
    .fill("410");
  await page.getByRole("button", { name: "Lagre 1 verdi" }).click();
  await expect(page.getByText("1 verdi er lagret.")).toBeVisible();
  checklist = await expectTicked(page, slug, 5);

  // 6. The team: an invitation link.
  await checklist.getByRole("link", { name: "Inviter noen til teamet" }).click();
  await page.getByLabel("Rolle", { exact: true }).selectOption("member");
  await submit(page, "Lag invitasjonslenke");
  await expect(page.getByLabel("Invitasjonslenke")).not.toHaveValue("");
  checklist = await expectTicked(page, slug, 6);

  // 7. The first review, planned on /reviews.
  await checklist.getByRole("link", { name: "Planlegg gjennomgangen" }).click();
  await page.getByLabel("Tittel", { exact: true }).fill("Første gjennomgang");
  await page.getByRole("button", { name: "Planlegg møtet" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Første gjennomgang" })).toBeVisible();
  checklist = await expectTicked(page, slug, 7);
  await expect(checklist.getByRole("heading", { name: "Alle sju stegene er på plass" })).toBeVisible();
  await snap(page, "checklist-done-nb", 1280);
  // Complete, it starts folded: the count, the bar and a way to open the list.
  await page.reload();
  await expect(checklistOf(page).getByText("Vis stegene")).toBeVisible();
  await expect(checklistOf(page).getByRole("list", { name: "Stegene" })).toBeHidden();
  await snap(page, "checklist-done-folded-nb", 390);
});

test("a member sees the steps, with links only to pages where a member can help", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("eier"), organization: "Salong i Trondheim" });
  await page.goto(`/${slug}/team`);
  await page.getByLabel("Rolle", { exact: true }).selectOption("member");
  await submit(page, "Lag invitasjonslenke");
  const link = await page.getByLabel("Invitasjonslenke").inputValue();

  const member = await (await browser.newContext({ locale: "nb-NO" })).newPage();
  await member.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await member.getByRole("link", { name: "Opprett konto og bli med" }).click();
  await member.getByLabel("Navnet ditt").fill("Ingrid Ansatt");
  const memberEmail = uniqueEmail("ansatt");
  await member.getByLabel("E-post").fill(memberEmail);
  await member.getByLabel("Passord").fill(PASSWORD);
  await member.getByRole("button", { name: "Opprett konto og bli med" }).click();
  await completeSignUp(member, memberEmail);
  await expect(member.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();

  // The invitation was accepted: the team step is the one done.
  const list = checklistOf(member);
  await expect(list.getByText("1 av 7 fullført")).toBeVisible();
  await expect(stepItem(list, "Involver teamet")).toContainText("Fullført");
  await expect(stepItem(list, "Se på tallene dere har").getByRole("link", { name: "Registrer dagens tall" })).toBeVisible();
  for (const title of [
    "Bestem hva dere vil oppnå",
    "Sett en frist",
    "Gjør målet konkret og målbart",
    "Planlegg den første gjennomgangen",
  ]) {
    await expect(stepItem(list, title).getByRole("link")).toHaveCount(0);
    await expect(stepItem(list, title)).toContainText("Dette steget tar eier eller markedsansvarlig.");
  }
  // Every link a member is given opens a page of theirs, never a 404.
  const hrefs = await list.getByRole("link").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute("href")!));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect((await member.request.get(href)).status(), href).toBe(200);
});
