import type { Page, TestInfo } from "@playwright/test";
import { linkIn } from "../test/mail-folder";
import { expect, mailCount, newestMailTo, signUp, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO", reducedMotion: "reduce" });

const NEW_PASSWORD = "kanelboller-hver-fredag";

/** The page in `lang`, checked, then filed at desktop and phone width (attached to the report). */
async function shoot(page: Page, testInfo: TestInfo, name: string, lang: "nb" | "en", check: () => Promise<void>) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: lang, url: testInfo.project.use.baseURL! }]);
  await page.reload();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await check();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at ${width} px`).toBeLessThanOrEqual(width);
    const path = testInfo.outputPath(`${name}-${lang}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${lang}-${width}`, { path, contentType: "image/png" });
  }
}

test("forgot password: the link from the mail sets a new password, ends the other session, and works once", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("glemt");
  // Signed in on another device: this session must end with the reset.
  const laptop = await (await browser.newContext({ locale: "nb-NO" })).newPage();
  const slug = await signUp(laptop, { name: "Gunn Glemsk", email, organization: "Glemsk bakeri" });
  const mailsBefore = mailCount(email);

  await page.goto("/login");
  await page.getByRole("link", { name: "Glemt passord?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glemt passord?" })).toBeVisible();
  await shoot(page, testInfo, "forgot-password", "en", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  });
  await shoot(page, testInfo, "forgot-password", "nb", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Glemt passord?" })).toBeVisible();
  });
  await page.getByLabel("E-post").fill(email);
  await page.getByRole("button", { name: "Send lenke" }).click();
  await expect(page.getByRole("status")).toContainText(`Hvis det finnes en konto med ${email}, har vi sendt en lenke dit.`);

  const mail = await newestMailTo(email, mailsBefore);
  expect(mail.subject).toBe("Lag et nytt passord i Målbar");
  const link = new URL(linkIn(mail));
  await page.goto(link.pathname + link.search);
  await shoot(page, testInfo, "reset-password", "en", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Set a new password" })).toBeVisible();
  });
  await shoot(page, testInfo, "reset-password", "nb", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Lag et nytt passord" })).toBeVisible();
  });

  // The confirmation must match; then the new password is saved and the person logs in afresh.
  await page.getByLabel("Nytt passord").fill(NEW_PASSWORD);
  await page.getByLabel("Gjenta det nye passordet").fill("kanelboller-hver-lørdag");
  await page.getByRole("button", { name: "Lagre nytt passord" }).click();
  await expect(page.getByText("Passordene er ikke like.")).toBeVisible();
  await page.getByLabel("Nytt passord").fill(NEW_PASSWORD);
  await page.getByLabel("Gjenta det nye passordet").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Lagre nytt passord" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
  await expect(page.getByText("Passordet er endret, og du er logget ut på alle enheter.")).toBeVisible();
  await shoot(page, testInfo, "login-after-reset", "en", async () => {
    await expect(page.getByText("Your password has been changed and you are logged out on every device.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Forgot password?" })).toBeVisible();
  });
  await shoot(page, testInfo, "login-after-reset", "nb", async () => {
    await expect(page.getByText("Passordet er endret, og du er logget ut på alle enheter.")).toBeVisible();
  });
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`));

  // The other device's session ended: its next request lands on the login page.
  await laptop.goto(`/${slug}`);
  await expect(laptop).toHaveURL(/\/login/);
  await expect(laptop.getByRole("heading", { level: 1, name: "Logg inn" })).toBeVisible();

  // The link works once: used, it says so and offers a new one.
  await page.goto(link.pathname + link.search);
  await shoot(page, testInfo, "reset-link-used", "en", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "This link doesn't work" })).toBeVisible();
  });
  await shoot(page, testInfo, "reset-link-used", "nb", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Lenken virker ikke" })).toBeVisible();
  });
  await page.getByRole("link", { name: "Be om en ny lenke" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Glemt passord?" })).toBeVisible();
});
