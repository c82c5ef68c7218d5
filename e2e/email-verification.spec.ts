import { linkIn } from "../test/mail-folder";
import { expect, newestMailTo, PASSWORD, submit, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO" });

test("sign up, log in refused until the address is confirmed, send the link again, confirm from the mail, log in", async ({ page }) => {
  const email = uniqueEmail("bekreft");
  await page.goto("/signup");
  await page.getByLabel("Navnet ditt").fill("Kari Bekreft");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByLabel("Bedriftens navn").fill("Bakeriet i Tromsø");
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await expect(page.getByText("Sjekk e-posten din")).toBeVisible();
  const first = await newestMailTo(email);
  expect(first.subject).toBe("Bekreft e-postadressen din i Målbar");
  expect(first.text).toContain("Lenken virker én gang og i 24 timer.");

  // The right password, but the address is not confirmed yet: told so, and offered a new link.
  await page.goto("/login");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await submit(page, "Logg inn");
  await expect(page.locator("form").getByRole("alert").first()).toHaveText(/Du må bekrefte e-postadressen før du kan logge inn/);
  await page.getByRole("button", { name: "Send bekreftelseslenken på nytt" }).click();
  await expect(page.getByText(`Hvis en konto med ${email} venter på bekreftelse, har vi sendt en ny lenke dit.`)).toBeVisible();
  const second = await newestMailTo(email, 1);

  // The first link stopped working when the second was sent.
  const old = new URL(linkIn(first));
  await page.goto(old.pathname + old.search);
  await expect(page.getByText("Lenken virker ikke.", { exact: false })).toBeVisible();

  const link = new URL(linkIn(second));
  await page.goto(link.pathname + link.search);
  await page.getByRole("button", { name: "Bekreft e-postadressen" }).click();
  await expect(page).toHaveURL(/\/login\?verified=1$/);
  await expect(page.getByText("E-postadressen er bekreftet. Nå kan du logge inn.")).toBeVisible();
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();

  // The used link works once.
  await page.goto(link.pathname + link.search);
  await expect(page.getByText("Lenken virker ikke.", { exact: false })).toBeVisible();
});
