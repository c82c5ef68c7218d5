import { linkIn } from "../test/mail-folder";
import { completeSignUp, expect, newestMailTo, PASSWORD, signUp, signUpThroughForms, submit, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO" });

test("sign up, log out, log in, invite a member who joins and sees the member view", async ({ page, browser }) => {
  const ownerEmail = uniqueEmail("eier");
  const slug = await signUpThroughForms(page, { name: "Kari Nordmann", email: ownerEmail, organization: "Bakeriet på Grünerløkka" });
  expect(slug).toMatch(/^bakeriet-pa-grunerlokka/);
  await expect(page.getByText("Slik ligger Bakeriet på Grünerløkka an")).toBeVisible();

  // Log out through the user menu.
  await page.getByRole("button", { name: "Brukermeny for Kari Nordmann" }).click();
  await page.getByRole("menuitem", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/login$/);

  // A wrong password shows an error and keeps the e-mail filled in.
  await page.getByLabel("E-post").fill(ownerEmail);
  await page.getByLabel("Passord").fill("feil-passord-123");
  await submit(page, "Logg inn");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Feil e-post eller passord.");
  await expect(page.getByLabel("E-post")).toHaveValue(ownerEmail);

  // An unknown e-mail gets exactly the same answer.
  const unknown = uniqueEmail("ukjent");
  await page.getByLabel("E-post").fill(unknown);
  await page.getByLabel("Passord").fill("feil-passord-123");
  await submit(page, "Logg inn");
  await expect(page.locator("form").getByRole("alert")).toHaveText("Feil e-post eller passord.");
  await expect(page.getByLabel("E-post")).toHaveValue(unknown);

  await page.getByLabel("E-post").fill(ownerEmail);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`));

  // Invite a member.
  await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { name: "Inviter en person" })).toBeVisible();
  await page.getByLabel("Rolle", { exact: true }).selectOption("member");
  await page.getByRole("button", { name: "Lag invitasjonslenke" }).click();
  const link = await page.getByLabel("Invitasjonslenke").inputValue();
  expect(link).toMatch(/\/invite\/[\w-]+$/);
  await expect(page.getByRole("heading", { name: "Ventende invitasjoner" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Hvem som helst med lenken" })).toBeVisible();

  // An invitation by e-mail: the link goes to the address, in the organization's language.
  const memberEmail = uniqueEmail("ansatt");
  await page.getByLabel("Rolle", { exact: true }).selectOption("member");
  await page.getByLabel("E-post (valgfritt)").fill(memberEmail);
  await expect(page.getByLabel("Språk i e-posten")).toHaveValue("nb");
  await submit(page, "Lag invitasjonslenke");
  await expect(page.getByText(`Invitasjonen er sendt til ${memberEmail}.`)).toBeVisible();
  const mail = await newestMailTo(memberEmail);
  expect(mail.subject).toBe("Kari Nordmann inviterer deg til Bakeriet på Grünerløkka i Målbar");
  const mailed = new URL(linkIn(mail));
  expect(mailed.pathname).toMatch(/^\/invite\/[\w-]+$/);

  // Sending it again right away is refused with a reason; withdrawing the open link works at once.
  await page.getByRole("button", { name: `Send på nytt ${memberEmail}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Send på nytt" }).click();
  await expect(page.getByText("Invitasjoner kan ikke sendes så tett. Prøv igjen om 10 minutter.")).toBeVisible();
  await page.getByRole("button", { name: "Trekk tilbake Hvem som helst med lenken" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Trekk tilbake" }).click();
  await expect(page.getByText("Invitasjonen er trukket tilbake.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Hvem som helst med lenken" })).toHaveCount(0);

  // The member opens the mailed link in their own browser: it names who invites, and to what.
  const memberContext = await browser.newContext({ locale: "nb-NO" });
  const member = await memberContext.newPage();
  await member.goto(mailed.pathname);
  await expect(member.getByRole("heading", { name: "Bli med i Bakeriet på Grünerløkka" })).toBeVisible();
  await expect(member.getByText("Kari Nordmann har invitert deg til Bakeriet på Grünerløkka med rollen Ansatt.")).toBeVisible();
  await member.getByRole("link", { name: "Opprett konto og bli med" }).click();
  await member.getByLabel("Navnet ditt").fill("Ingrid Berg");
  await member.getByLabel("E-post").fill(memberEmail);
  await member.getByLabel("Passord").fill(PASSWORD);
  await expect(member.getByLabel("Bedriftens navn")).toHaveCount(0);
  await member.getByRole("button", { name: "Opprett konto og bli med" }).click();
  await completeSignUp(member, memberEmail);
  // The link is locked to the address: once it is confirmed, the person joins with one click.
  await expect(member.getByText(`Du er logget inn som ${memberEmail}.`)).toBeVisible();
  await member.getByRole("button", { name: "Bli med i Bakeriet på Grünerløkka" }).click();
  await expect(member).toHaveURL(new RegExp(`/${slug}$`));
  await expect(member.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();

  // The member's Team page: the team, but none of the owner's settings.
  await member.goto(`/${slug}/team`);
  await expect(member.getByText("Ingrid Berg")).toBeVisible();
  await expect(member.getByText("Kari Nordmann")).toBeVisible();
  await expect(member.getByText("Bare eiere kan invitere nye personer og endre roller.")).toBeVisible();
  await expect(member.getByRole("heading", { name: "Inviter en person" })).toHaveCount(0);
  await expect(member.getByRole("button", { name: "Lag invitasjonslenke" })).toHaveCount(0);
  await expect(member.getByRole("combobox")).toHaveCount(0);
  await expect(member.getByRole("button", { name: /Fjern/ })).toHaveCount(0);

  // An owner's page in their own organization: no access, said plainly, with the way back.
  const audit = await member.goto(`/${slug}/audit`);
  expect(audit?.status()).toBe(403);
  await expect(member.getByRole("heading", { level: 1, name: "Du har ikke tilgang til dette" })).toBeVisible();
  await member.getByRole("link", { name: "Til oversikten" }).click();
  await expect(member).toHaveURL(new RegExp(`/${slug}$`));

  // The mailed link works once; the withdrawn one says it was withdrawn.
  const third = await browser.newContext({ locale: "nb-NO" });
  const thirdPage = await third.newPage();
  await thirdPage.goto(mailed.pathname);
  await expect(thirdPage.getByRole("heading", { name: "Invitasjonen er allerede brukt" })).toBeVisible();
  await thirdPage.goto(link);
  await expect(thirdPage.getByRole("heading", { name: "Invitasjonen er trukket tilbake" })).toBeVisible();
  await expect(thirdPage.getByText(/Invitasjonen til Bakeriet på Grünerløkka er trukket tilbake/)).toBeVisible();

  // The owner now sees the new member.
  await page.reload();
  await expect(page.getByLabel("Rolle for Ingrid Berg")).toHaveValue("member");
  await Promise.all([memberContext.close(), third.close()]);
});

test("a person of organization B gets 404 for organization A's pages", async ({ page, browser }) => {
  const slugA = await signUp(page, { name: "Ola Hansen", email: uniqueEmail("a"), organization: "Bilverkstedet i Bergen" });
  const other = await browser.newContext({ locale: "nb-NO" });
  const b = await other.newPage();
  const slugB = await signUp(b, { name: "Åse Frisør", email: uniqueEmail("b"), organization: "Frisør i Trondheim" });
  for (const path of [`/${slugA}`, `/${slugA}/team`, `/${slugA}/goals`, "/finnes-ikke-her"]) {
    const response = await b.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(b.getByRole("heading", { name: "Siden finnes ikke" })).toBeVisible();
    await expect(b.getByText("Bilverkstedet i Bergen")).toHaveCount(0);
  }
  // Their own organization still opens.
  expect((await b.goto(`/${slugB}`))?.status()).toBe(200);
  await other.close();
});

test("pages ask an anonymous visitor to log in", async ({ page }) => {
  await page.goto("/bakeriet/team");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Logg inn" })).toBeVisible();
});

test("bad sign-up and invitation input gets clear messages in bokmål", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("E-post").fill("ikke-en-adresse");
  await page.getByLabel("Passord").fill("Passord123");
  await submit(page, "Opprett konto");
  await expect(page.getByText("Skriv en gyldig e-postadresse, for eksempel navn@firma.no.")).toBeVisible();
  await expect(page.getByText("Dette passordet er for vanlig. Velg noe som er vanskeligere å gjette.")).toBeVisible();
  await expect(page.getByText("Dette feltet må fylles ut.")).toHaveCount(2);
  await expect(page.getByLabel("E-post")).toHaveAttribute("aria-invalid", "true");

  const slug = await signUp(page, { name: "Per Kafé", email: uniqueEmail("kafe"), organization: "Kafé Trondheim" });
  await page.goto(`/${slug}/team`);
  await page.getByLabel("Gyldig i antall dager").fill("0");
  await submit(page, "Lag invitasjonslenke");
  await expect(page.getByText("Velg mellom 1 og 30 dager.")).toBeVisible();
  await expect(page.getByLabel("Invitasjonslenke")).toHaveCount(0);
});
