import type { Browser, Page } from "@playwright/test";
import { linkIn } from "../test/mail-folder";
import { createFacebookGoal, expect, newestMailTo, planMeeting, signUp, startMeeting, submit, test, uniqueEmail } from "./fixtures";
import { shoot } from "./shots";

/**
 * Screenshots of the invitation's landing page, the "no access" page and the
 * review decision form (open, and folded after saving), in bokmål and English
 * at desktop and phone width, attached to the report. Each page is checked
 * before its picture.
 */
test.use({ locale: "nb-NO", reducedMotion: "reduce" });

/** A page in English: the same session with the language cookie set as the switcher leaves it. */
async function inEnglish(browser: Browser, page: Page | null): Promise<Page> {
  const session = page ? await page.context().storageState() : { cookies: [], origins: [] };
  const cookies = [...session.cookies.filter((c) => c.name !== "NEXT_LOCALE")];
  const url = new URL(test.info().project.use.baseURL ?? "http://127.0.0.1:3100");
  cookies.push({
    name: "NEXT_LOCALE",
    value: "en",
    domain: url.hostname,
    path: "/",
    expires: -1,
    httpOnly: false,
    secure: false,
    sameSite: "Lax",
  });
  const context = await browser.newContext({ locale: "en-GB", reducedMotion: "reduce", storageState: { ...session, cookies } });
  return context.newPage();
}

test("screenshots of the invitation page, the no-access page and the decision form", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("skjerm"), organization: "Kafé i Trondheim" });

  // The invitation's page, as the invited person sees it from the mail.
  await page.goto(`/${slug}/team`);
  const invited = uniqueEmail("invitert");
  await page.getByLabel("Rolle", { exact: true }).selectOption("manager");
  await page.getByLabel("E-post (valgfritt)").fill(invited);
  await submit(page, "Lag invitasjonslenke");
  const link = new URL(linkIn(await newestMailTo(invited)));
  const guest = await (await browser.newContext({ locale: "nb-NO", reducedMotion: "reduce" })).newPage();
  await guest.goto(link.pathname);
  await shoot(guest, testInfo, "invite-nb", async () => {
    await expect(guest.getByText("Kari Eier har invitert deg til Kafé i Trondheim med rollen Markedsansvarlig.")).toBeVisible();
  });
  const guestEn = await inEnglish(browser, null);
  await guestEn.goto(link.pathname);
  await shoot(guestEn, testInfo, "invite-en", async () => {
    await expect(guestEn.getByText("Kari Eier has invited you to Kafé i Trondheim with the role Manager.")).toBeVisible();
  });

  // The no-access page: the demo bakery's member on the audit log.
  const member = await (await browser.newContext({ locale: "nb-NO", reducedMotion: "reduce" })).newPage();
  await member.goto("/login");
  await member.getByLabel("E-post").fill("ansatt@bakeriet.no");
  await member.getByLabel("Passord").fill("maalbar-demo");
  await member.getByRole("button", { name: "Logg inn" }).click();
  await expect(member).toHaveURL(/\/bakeriet$/);
  await member.goto("/bakeriet/audit");
  await shoot(member, testInfo, "no-access-nb", async () => {
    await expect(member.getByRole("heading", { level: 1, name: "Du har ikke tilgang til dette" })).toBeVisible();
  });
  const memberEn = await inEnglish(browser, member);
  await memberEn.goto("/bakeriet/audit");
  await shoot(memberEn, testInfo, "no-access-en", async () => {
    await expect(memberEn.getByRole("heading", { level: 1, name: "You don't have access to this" })).toBeVisible();
    await expect(memberEn.getByRole("link", { name: "Back to the dashboard" })).toBeVisible();
  });

  // The decision form in an open meeting, then folded after saving.
  const title = await createFacebookGoal(page, slug);
  await planMeeting(page, slug, "Gjennomgang november");
  await startMeeting(page);
  const goal = page.getByRole("article", { name: title });
  await goal.getByLabel("I rute").check();
  await goal.getByLabel("Juster").check();
  await shoot(page, testInfo, "decision-form-nb", async () => {
    await expect(goal.getByLabel("Nytt mål", { exact: true })).toHaveValue("450");
    await goal.getByRole("button", { name: "Lagre beslutningen" }).scrollIntoViewIfNeeded();
  });
  await goal.getByLabel("Behold").check();
  await goal.getByRole("button", { name: "Lagre beslutningen" }).click();
  await shoot(page, testInfo, "decision-saved-nb", async () => {
    await expect(goal.getByRole("button", { name: `Endre beslutningen for «${title}»` })).toBeVisible();
    await goal.getByTestId("saved-decision").scrollIntoViewIfNeeded();
  });
  const english = await inEnglish(browser, page);
  await english.goto(page.url());
  const goalEn = english.getByRole("article", { name: title });
  await shoot(english, testInfo, "decision-saved-en", async () => {
    await expect(goalEn.getByTestId("saved-decision")).toHaveText(/On track · Keep/);
    await expect(goalEn.getByRole("button", { name: `Change the decision for “${title}”` })).toBeVisible();
  });
  await goalEn.getByRole("button", { name: `Change the decision for “${title}”` }).click();
  await goalEn.getByLabel("Adjust").check();
  await shoot(english, testInfo, "decision-form-en", async () => {
    await expect(goalEn.getByLabel("New target", { exact: true })).toHaveValue("450");
    await goalEn.getByRole("button", { name: "Cancel" }).scrollIntoViewIfNeeded();
  });
});
