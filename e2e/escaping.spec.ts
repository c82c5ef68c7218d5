import type { Page } from "@playwright/test";
import { completeSignUp, expect, PASSWORD, planMeeting, startMeeting, submit, test, uniqueEmail } from "./fixtures";

// Text people type is shown as text everywhere: a person, an organization, an
// objective, a goal, a meeting, a note and an action item all named with
// markup, in a real browser. No dialog may open, no element of theirs may be
// created, and the Markdown download keeps it inert.
test.use({ locale: "nb-NO" });

const IMG = "<img src=x onerror=alert(1)>";
const SCRIPT = "<script>alert(2)</script>";
const MARKUP = `${IMG}${SCRIPT}`;

/** The browser made no element of the markup and no dialog opened. */
async function expectInert(page: Page, dialogs: string[], where: string) {
  const planted = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    scripts: [...document.scripts].filter((s) => s.text.trim() === "alert(2)").length,
    // The DOM serialised: their text comes out as &lt;…&gt;, an element of theirs as a tag.
    tags: ['<img src="x"', "<script>alert(2)"].filter((tag) => document.documentElement.outerHTML.includes(tag)),
  }));
  expect(planted, where).toEqual({ images: 0, scripts: 0, tags: [] });
  expect(dialogs, where).toEqual([]);
}

test("markup typed into names, titles, notes and action items is shown as text on every page and in the Markdown", async ({ page }) => {
  test.setTimeout(180_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  await page.goto("/signup");
  await page.getByLabel("Navnet ditt").fill(`Kari ${IMG}`);
  const email = uniqueEmail("xss");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByLabel("Bedriftens navn").fill(`Bakeri ${SCRIPT}`);
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await completeSignUp(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  const slug = new URL(page.url()).pathname.split("/")[1]!;
  await expectInert(page, dialogs, "dashboard");

  await page.goto(`/${slug}/goals/objectives`);
  await page.getByRole("textbox", { name: "Forretningsmål" }).fill(`Formål ${MARKUP}`);
  await submit(page, "Opprett");
  await expect(page.getByText(`Formål ${MARKUP}`, { exact: true })).toBeVisible();
  await expectInert(page, dialogs, "objectives");

  await page.goto(`/${slug}/goals/new`);
  await page.getByLabel("Start fra en mal").selectOption("facebookEngagement");
  await page.getByRole("button", { name: "Bruk malen" }).click();
  await expect(page.getByLabel("Kanal", { exact: true })).toHaveValue(/.+/);
  await page.getByLabel("Tittel", { exact: true }).fill(`Mål ${MARKUP}`);
  await page.getByLabel("Hvordan (valgfritt)", { exact: true }).fill(`Om målet ${MARKUP}`);
  await page.getByLabel("Startverdi", { exact: true }).fill("400");
  await page.getByLabel("Målverdi", { exact: true }).fill("450");
  await page.getByLabel("Forretningsmål", { exact: true }).selectOption({ label: `Formål ${MARKUP}` });
  await page.getByLabel("Ansvarlig", { exact: true }).selectOption({ label: `Kari ${IMG}` });
  await page.getByRole("button", { name: "Lagre og aktiver" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Mål ${MARKUP}` })).toBeVisible();
  await expect(page.getByText(`Om målet ${MARKUP}`)).toBeVisible();
  await expectInert(page, dialogs, "goal page");

  await planMeeting(page, slug, `Møte ${MARKUP}`);
  await startMeeting(page);
  const goal = page.getByRole("article", { name: `Mål ${MARKUP}` });
  await goal.getByLabel(`Notat om «Mål ${MARKUP}»`).fill(`Notat ${MARKUP}`);
  await goal.getByRole("button", { name: "Legg til notat" }).click();
  await expect(goal.getByText(`Notat ${MARKUP}`, { exact: true })).toBeVisible();
  await goal.getByText(`Ny oppgave for «Mål ${MARKUP}»`).click();
  await goal.getByLabel("Oppgave", { exact: true }).fill(`Oppgave ${MARKUP}`);
  await goal.getByRole("button", { name: "Legg til oppgave" }).click();
  await expect(goal.getByText(`Oppgave ${MARKUP}`)).toBeVisible();
  await page.reload();
  await expect(page.getByText(`Notat ${MARKUP}`, { exact: true })).toBeVisible();
  await expectInert(page, dialogs, "meeting page");

  await page.getByRole("button", { name: "Avslutt møtet" }).click();
  await page.getByRole("button", { name: "Avslutt og lås" }).click();
  await expect(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}\/minutes$/);
  await expect(page.getByRole("heading", { level: 1, name: `Møte ${MARKUP}` })).toBeVisible();
  await expect(page.getByText(`Notat ${MARKUP}`, { exact: true })).toBeVisible();
  await expect(page.getByText(`Oppgave ${MARKUP}`)).toBeVisible();
  await expectInert(page, dialogs, "minutes page");

  // The Markdown file is a download, never rendered by the browser, and inert in any Markdown reader.
  const id = /\/reviews\/([0-9a-f-]{36})\/minutes/.exec(page.url())![1]!;
  const markdown = await page.request.get(`/api/orgs/${slug}/reviews/${id}/minutes`);
  expect(markdown.status()).toBe(200);
  expect(markdown.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(markdown.headers()["x-content-type-options"]).toBe("nosniff");
  const text = await markdown.text();
  expect(text).toContain(String.raw`Notat \<img src=x onerror=alert(1)\>\<script\>alert(2)\</script\>`);
  expect(text).not.toMatch(/(^|[^\\])<(img|script)/);

  for (const path of [`/${slug}`, `/${slug}/goals`, `/${slug}/team`, `/${slug}/notifications`, `/${slug}/reviews`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectInert(page, dialogs, path);
  }
});
