import type { Page } from "@playwright/test";
import { expect, submit, test, uniqueEmail } from "./fixtures";

/** Wrong passwords until the form answers with a wait instead of checking; returns that answer. */
async function failUntilThrottled(page: Page, email: string, submitLabel: string, wrongAnswer: string): Promise<string> {
  await page.goto("/login");
  const alert = page.locator("form").getByRole("alert");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await page.getByLabel(/^(E-post|E-mail)$/).fill(email);
    await page.getByLabel(/^(Passord|Password)$/).fill(`feil-passord-${attempt}`);
    await submit(page, submitLabel);
    const text = (await alert.textContent()) ?? "";
    // Until then, answered like any wrong password.
    if (text !== wrongAnswer) return text;
  }
  throw new Error("never throttled");
}

test.describe("in bokmål", () => {
  test.use({ locale: "nb-NO" });

  test("after five failures the login form says how long to wait, the same for any e-mail", async ({ page }) => {
    // An e-mail nobody has: the answer is the same as for a real account (lib/auth/credentials.int.test.ts).
    const text = await failUntilThrottled(page, uniqueEmail("ukjent"), "Logg inn", "Feil e-post eller passord.");
    expect(text).toMatch(/^For mange mislykkede innloggingsforsøk\. Prøv igjen om (1 sekund|[2-9] sekunder)\.$/);
    // The e-mail stays filled in for the next try.
    await expect(page.getByLabel("E-post")).not.toHaveValue("");
  });
});

test.describe("in English", () => {
  test.use({ locale: "en-GB" });

  test("the wait is told in English", async ({ page }) => {
    const text = await failUntilThrottled(page, uniqueEmail("unknown"), "Log in", "Wrong e-mail or password.");
    expect(text).toMatch(/^Too many failed login attempts\. Try again in (1 second|[2-9] seconds)\.$/);
  });
});

test.describe("the attack warning's link", () => {
  test.use({ locale: "nb-NO" });

  test("a used or made-up link says so plainly and leads back to the login", async ({ page }) => {
    // The working link is covered by lib/auth/login-attack.int.test.ts (it needs the token from the e-mail).
    await page.goto(`/login/unblock?token=${"A".repeat(43)}`);
    await expect(page.getByRole("heading", { level: 1, name: "Er dette din nettleser?" })).toBeVisible();
    await expect(page.getByText(/^Lenken virker ikke lenger\./)).toBeVisible();
    await expect(page.getByRole("button", { name: "Ja, dette er min nettleser" })).toHaveCount(0);
    await page.getByRole("link", { name: "Til innlogging" }).click();
    await expect(page).toHaveURL(/\/login$/);
  });
});
