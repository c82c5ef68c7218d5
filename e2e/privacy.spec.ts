import { readFileSync } from "node:fs";
import type { Page, TestInfo } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { completeSignUp, expect, mailCount, newestMailTo, PASSWORD, signUp, submit, test, uniqueEmail } from "./fixtures";
import { shoot } from "./shots";

test.use({ locale: "nb-NO", reducedMotion: "reduce" });

/** The page in English and in bokmål, each checked and filed at 1280 and 390 px; it ends in bokmål. */
async function shootBoth(page: Page, testInfo: TestInfo, name: string, check: Record<"en" | "nb", () => Promise<void>>) {
  for (const lang of ["en", "nb"] as const) {
    await page.context().addCookies([{ name: "NEXT_LOCALE", value: lang, url: testInfo.project.use.baseURL! }]);
    await page.reload();
    await shoot(page, testInfo, `${name}-${lang}`, check[lang]);
  }
}

test("privacy: the public page, an owner's ZIP of everything, a member deletes their account, the owner deletes the organization", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(180_000);
  const organization = `Personvernbakeriet ${Date.now().toString(36)}`;
  const ownerEmail = uniqueEmail("gdpr-eier");

  // Public, and linked from the login page.
  await page.goto("/login");
  await page.getByRole("link", { name: "Personvern" }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  await shootBoth(page, testInfo, "privacy", {
    en: () => expect(page.getByRole("heading", { level: 2, name: "How long we keep it" })).toBeVisible(),
    nb: () => expect(page.getByRole("heading", { level: 2, name: "Hvor lenge vi tar vare på det" })).toBeVisible(),
  });
  await expect(page.getByText("Innloggingsforsøk: 30 dager.")).toBeVisible();

  const slug = await signUp(page, { name: "Eva Eier", email: ownerEmail, organization });

  // A member joins through an invitation link.
  await page.goto(`/${slug}/team`);
  await page.getByLabel("Rolle", { exact: true }).selectOption("member");
  await submit(page, "Lag invitasjonslenke");
  const link = await page.getByLabel("Invitasjonslenke").inputValue();
  const member = await (await browser.newContext({ locale: "en-GB" })).newPage();
  const memberEmail = uniqueEmail("gdpr-ansatt");
  await member.goto(link.replace(/^https?:\/\/[^/]+/, ""));
  await member.getByRole("link", { name: "Create an account and join" }).click();
  await member.getByLabel("Your name").fill("Mons Medlem");
  await member.getByLabel("E-mail").fill(memberEmail);
  await member.getByLabel("Password").fill(PASSWORD);
  await member.getByRole("button", { name: "Create account and join" }).click();
  await completeSignUp(member, memberEmail, "en");

  // The owner's copy of everything: a ZIP with a CSV per table and organization.json.
  await page.getByRole("link", { name: "Bedriftens data" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}/team/data$`));
  await shootBoth(page, testInfo, "organization-data", {
    en: () => expect(page.getByRole("heading", { level: 1, name: "Your organization's data" })).toBeVisible(),
    nb: () => expect(page.getByRole("heading", { level: 1, name: "Bedriftens data" })).toBeVisible(),
  });
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned ZIP-fil" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^maalbar-${slug}-\\d{4}-\\d{2}-\\d{2}\\.zip$`));
  const files = unzipSync(readFileSync(await download.path()));
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(["members.csv", "goals.csv", "measurements.csv", "measurement_history.csv", "meetings.csv", "audit_log.csv"]),
  );
  const members = strFromU8(files["members.csv"]!);
  expect(members).toContain(ownerEmail);
  expect(members).toContain(memberEmail);
  expect(JSON.parse(strFromU8(files["organization.json"]!))).toMatchObject({ organization: { name: organization, slug } });

  // The only owner cannot leave the organization without an owner.
  await page.goto(`/${slug}/account`);
  await page.getByLabel("Jeg forstår at kontoen min slettes for godt").check();
  await page.getByRole("button", { name: "Slett kontoen min" }).click();
  await expect(page.getByText(`Du er den eneste eieren av ${organization}.`)).toBeVisible();

  // The member deletes their own account (in English): logged out, and gone from the team.
  await member.goto(`/${slug}/account`);
  await shoot(member, testInfo, "delete-account-en", () =>
    expect(member.getByRole("heading", { level: 2, name: "Delete your account" })).toBeVisible(),
  );
  await member.getByLabel("I understand that my account is deleted for good").check();
  await member.getByRole("button", { name: "Delete my account" }).click();
  await expect(member).toHaveURL(/\/login\?deleted=1/);
  await expect(member.getByRole("status")).toHaveText("Your account is deleted. Thank you for using Målbar.");
  await page.goto(`/${slug}/team`);
  await expect(page.getByRole("heading", { level: 2, name: "1 medlem" })).toBeVisible();
  await expect(page.getByText("Mons Medlem")).toHaveCount(0);

  // The owner deletes the organization: the name must be typed; then it is gone and the owner is told by e-mail.
  await page.goto(`/${slug}/team/data`);
  await page.getByLabel("Skriv navnet på organisasjonen for å bekrefte").fill("Feil navn");
  await page.getByRole("button", { name: "Slett organisasjonen for godt" }).click();
  await expect(page.getByText("Navnet stemmer ikke.")).toBeVisible();
  await page.getByLabel("Skriv navnet på organisasjonen for å bekrefte").fill(organization);
  const mailsBefore = mailCount(ownerEmail);
  await page.getByRole("button", { name: "Slett organisasjonen for godt" }).click();
  await expect(page).toHaveURL(/\/new-organization$/);
  expect((await newestMailTo(ownerEmail, mailsBefore)).subject).toBe(`${organization} er slettet fra Målbar`);
  expect((await page.goto(`/${slug}`))?.status()).toBe(404);
});
