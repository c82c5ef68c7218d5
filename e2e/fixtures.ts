import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { test as base, type Browser, expect, type Page } from "@playwright/test";
import { linkIn, type Mail, mailsTo } from "../test/mail-folder";

/**
 * Every test watches every response its pages get: a 5xx anywhere fails the
 * test, so "no request in the suite answers 500" is checked, not hoped.
 */
export const test = base.extend<{ serverErrors: string[] }>({
  serverErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on("response", (response) => {
        if (response.status() >= 500) errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
      });
      await use(errors);
      expect(errors, "responses with a 5xx status").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

let counter = 0;
export function uniqueEmail(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}@e2e.maalbar.no`;
}

export const PASSWORD = "bryllupskake-2026";

/** Logs in to the demo bakery (the demo seed) as its manager or its owner, through the login form; lands on its dashboard. */
export async function logInToDemo(page: Page, as: "leder" | "eier" = "leder") {
  await page.goto("/login");
  await page.getByLabel("E-post").fill(`${as}@bakeriet.no`);
  await page.getByLabel("Passord").fill("maalbar-demo");
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/bakeriet$/);
}

/** Where the e2e server's mails land as .eml files (scripts/e2e-server.mjs sets MAALBAR_MAIL_DIR to it). */
const MAIL_DIR = path.resolve(__dirname, "..", "test-results", "e2e-mail", process.env.E2E_PORT ?? "3100");

/** The newest mail to `address`, waiting for it to arrive. */
export async function newestMailTo(address: string, after = 0): Promise<Mail> {
  await expect.poll(() => mailsTo(MAIL_DIR, address).length, { message: `a mail to ${address}` }).toBeGreaterThan(after);
  return mailsTo(MAIL_DIR, address).at(-1)!;
}

/** How many mails `address` has had so far. */
export function mailCount(address: string): number {
  return mailsTo(MAIL_DIR, address).length;
}

const WORDS = {
  nb: {
    checkMail: "Sjekk e-posten din",
    confirm: "Bekreft e-postadressen",
    email: "E-post",
    password: "Passord",
    logIn: "Logg inn",
    dashboard: "Oversikt",
  },
  en: {
    checkMail: "Check your e-mail",
    confirm: "Confirm e-mail address",
    email: "E-mail",
    password: "Password",
    logIn: "Log in",
    dashboard: "Dashboard",
  },
};

/**
 * After a sign-up form was sent: the page says to check the mail; the link in
 * the newest mail to `email` confirms the address; then the person logs in
 * and lands on their dashboard (or where the link's invitation leads).
 */
export async function completeSignUp(page: Page, email: string, lang: "nb" | "en" = "nb") {
  const w = WORDS[lang];
  await expect(page.getByText(w.checkMail)).toBeVisible();
  const link = new URL(linkIn(await newestMailTo(email)));
  await page.goto(link.pathname + link.search);
  await page.getByRole("button", { name: w.confirm }).click();
  await expect(page).toHaveURL(/\/login\?verified=1/);
  await page.getByLabel(w.email).fill(email);
  await page.getByLabel(w.password).fill(PASSWORD);
  await page.getByRole("button", { name: w.logIn }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Signs up through the real form, confirms the address from the mail, logs in and waits for the new organization's dashboard. */
export async function signUpThroughForms(page: Page, { name, email, organization }: Account) {
  await page.goto("/signup");
  await page.getByLabel("Navnet ditt").fill(name);
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByLabel("Bedriftens navn").fill(organization);
  await page.getByRole("button", { name: "Opprett konto" }).click();
  await completeSignUp(page, email);
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  return new URL(page.url()).pathname.split("/")[1]!;
}

type Account = { name: string; email: string; organization: string };

/** The e2e server's account maker (scripts/e2e-accounts.ts), when it runs one. */
function accountMaker(): string | undefined {
  const file = path.resolve(__dirname, "..", "test-results", "e2e-accounts", `${process.env.E2E_PORT ?? "3100"}.url`);
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

/**
 * A new owner and organization, logged in on its dashboard. On PostgreSQL the
 * account is made by the sign-up's own data function with the address already
 * confirmed, and the person logs in through the login form; the sign-up pages
 * and the mail are covered by the specs that call signUpThroughForms.
 */
export async function signUp(page: Page, account: Account) {
  const maker = accountMaker();
  if (!maker) return signUpThroughForms(page, account);
  return makeAndLogIn(page, maker, account);
}

async function makeAndLogIn(page: Page, maker: string, account: Partial<Account> & { email: string; inviteToken?: string }) {
  const made = await fetch(maker, { method: "POST", body: JSON.stringify({ ...account, password: PASSWORD }) });
  expect(made.status, await made.clone().text()).toBe(200);
  const { slug } = (await made.json()) as { slug: string };
  await page.goto("/login");
  await page.getByLabel("E-post").fill(account.email);
  await page.getByLabel("Passord").fill(PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(new RegExp(`/${slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
  return slug;
}

/** Clicks a submit button and waits until the server action has answered and the form is idle again. */
export async function submit(page: Page, name: string) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  await page.getByRole("button", { name, exact: true }).click();
  await answered;
  await expect(page.getByRole("button", { name, exact: true })).toBeEnabled();
}

/** Owner signs up; a manager and a member join through invitation links. Each has their own browser context. */
export async function makeTeam(browser: Browser, organization: string) {
  const owner = await (await browser.newContext({ locale: "nb-NO" })).newPage();
  const slug = await signUp(owner, { name: "Kari Eier", email: uniqueEmail("eier"), organization });
  const join = async (role: "manager" | "member", name: string) => {
    await owner.goto(`/${slug}/team`);
    await owner.getByLabel("Rolle", { exact: true }).selectOption(role);
    await submit(owner, "Lag invitasjonslenke");
    const link = await owner.getByLabel("Invitasjonslenke").inputValue();
    const page = await (await browser.newContext({ locale: "nb-NO" })).newPage();
    const email = uniqueEmail(role);
    const maker = accountMaker();
    if (maker) {
      // The invitation page and its sign-up form are covered by e2e/auth.spec.ts.
      await makeAndLogIn(page, maker, { name, email, inviteToken: new URL(link).pathname.split("/").at(-1)! });
      return page;
    }
    await page.goto(`${link.replace(/^https?:\/\/[^/]+/, "")}`);
    await page.getByRole("link", { name: "Opprett konto og bli med" }).click();
    await page.getByLabel("Navnet ditt").fill(name);
    await page.getByLabel("E-post").fill(email);
    await page.getByLabel("Passord").fill(PASSWORD);
    await page.getByRole("button", { name: "Opprett konto og bli med" }).click();
    await completeSignUp(page, email);
    await expect(page.getByRole("heading", { level: 1, name: "Oversikt" })).toBeVisible();
    return page;
  };
  const manager = await join("manager", "Ola Leder");
  const member = await join("member", "Ingrid Ansatt");
  return { slug, owner, manager, member };
}

/**
 * A manager writes an active SMART goal from the article's Facebook template:
 * an objective first (the R), engagement 400 → 450 in 3 months, optionally for
 * a team member. Returns the goal's title; the page ends on the goal.
 */
export async function createFacebookGoal(manager: Page, slug: string, owner?: string): Promise<string> {
  await manager.goto(`/${slug}/goals/objectives`);
  await manager.getByRole("textbox", { name: "Forretningsmål" }).fill("Flere bryllupskaker");
  await submit(manager, "Opprett");
  await manager.goto(`/${slug}/goals/new`);
  await manager.getByLabel("Start fra en mal").selectOption("facebookEngagement");
  await manager.getByRole("button", { name: "Bruk malen" }).click();
  await expect(manager.getByLabel("Kanal", { exact: true })).toHaveValue(/.+/);
  await expect(manager.getByLabel("Tittel", { exact: true })).not.toHaveValue("");
  await manager.getByLabel("Startverdi", { exact: true }).fill("400");
  await expect(manager.getByLabel("Målverdi", { exact: true })).toHaveValue("500");
  await manager.getByLabel("Målverdi", { exact: true }).fill("450");
  await manager.getByLabel("Forretningsmål", { exact: true }).selectOption({ label: "Flere bryllupskaker" });
  if (owner) await manager.getByLabel("Ansvarlig", { exact: true }).selectOption({ label: owner });
  const title = await manager.getByLabel("Tittel", { exact: true }).inputValue();
  await manager.getByRole("button", { name: "Lagre og aktiver" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return title;
}

/** An ISO date `days` from today in Oslo, the organizations' time zone. */
export function isoDay(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(
    new Date(),
  );
  return new Date(Date.parse(today) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A draft goal for followers on `channel`, 1 200 → 1 400, started 120 days ago
 * with its deadline 120 days ahead (so measurements can be dated in its past);
 * the manager lands on its page.
 */
export async function createFollowersGoal(manager: Page, slug: string, title: string, channel: string) {
  await manager.goto(`/${slug}/goals/new`);
  await manager.getByLabel("Tittel", { exact: true }).fill(title);
  await manager.getByLabel("Kanal", { exact: true }).selectOption({ label: channel });
  await manager.getByLabel("Måltall (KPI)").selectOption({ label: "Følgere" });
  await manager.getByLabel("Startverdi", { exact: true }).fill("1200");
  await manager.getByLabel("Målverdi", { exact: true }).fill("1400");
  await manager.getByLabel("Startdato", { exact: true }).fill(isoDay(-120));
  await manager.getByLabel("Frist", { exact: true }).fill(isoDay(120));
  await manager.getByRole("button", { name: "Lagre som utkast" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

/** A manager plans a review meeting from the reviews page and lands on it; its id. */
export async function planMeeting(manager: Page, slug: string, title: string): Promise<string> {
  await manager.goto(`/${slug}/reviews`);
  await manager.getByLabel("Tittel", { exact: true }).fill(title);
  await manager.getByRole("button", { name: "Planlegg møtet" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return /\/reviews\/([0-9a-f-]{36})/.exec(new URL(manager.url()).pathname)?.[1] ?? "";
}

/** Starts the meeting the manager is on. */
export async function startMeeting(manager: Page) {
  await manager.getByRole("button", { name: "Start møtet" }).click();
  await expect(manager.getByText("Møtet er i gang.")).toBeVisible();
}
