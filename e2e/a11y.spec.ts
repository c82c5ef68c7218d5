import AxeBuilder from "@axe-core/playwright";
import type { Cookie, Page } from "@playwright/test";
import axe from "axe-core";
import {
  createFacebookGoal,
  createFollowersGoal,
  expect,
  isoDay,
  planMeeting,
  signUp,
  startMeeting,
  submit,
  test,
  uniqueEmail,
} from "./fixtures";

/**
 * WCAG 2.2 AA, checked by axe (every WCAG 2.x A/AA rule it has) on every page of the app, in bokmål and
 * English, light and dark. One organization is set up once with realistic
 * data (an objective, goals with measurements so the charts draw, an API key,
 * an invitation, a planned, an open and a closed review meeting); the tests
 * then only visit pages, so the whole check stays cheap.
 */

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
/**
 * Every rule of the installed axe-core that checks a WCAG 2.x A/AA criterion,
 * named one by one: running by tag skips the rules axe marks "experimental"
 * (some of them WCAG rules, and label-content-name-mismatch was one before
 * 4.14), so a tag run could pass while a criterion went unchecked.
 */
const WCAG_RULES = axe.getRules(WCAG_TAGS).map((r) => r.ruleId);
/** WCAG 2.5.3 Label in Name: must be among them, and must have run on every page (see axeCheck). */
const LABEL_IN_NAME = "label-content-name-mismatch";

type Setup = {
  slug: string;
  cookies: Cookie[];
  invitePath: string;
  goalId: string;
  trendGoalId: string;
  scheduledId: string;
  openId: string;
  closedId: string;
};
let setup: Setup;

// The longest file by far (every page, both languages, light and dark): its tests share nothing but the
// organization beforeAll sets up, so they may run in both workers (each worker then sets up its own).
test.describe.configure({ mode: "parallel" });

const idFrom = (page: Page, pattern: RegExp) => pattern.exec(new URL(page.url()).pathname)?.[1] ?? "";

test.beforeAll(async ({ browser }) => {
  // Sign-up, two goals, measurements, an invitation and three meetings.
  test.setTimeout(180_000);
  const context = await browser.newContext({ locale: "nb-NO" });
  const page = await context.newPage();
  const slug = await signUp(page, { name: "Kari Tilgjengelig", email: uniqueEmail("a11y"), organization: "Kafé Universell" });

  // An active goal from the article's template with a measurement today.
  await createFacebookGoal(page, slug);
  const goalId = idFrom(page, /\/goals\/([0-9a-f-]{36})/);
  await page.getByLabel("Verdi (Antall)").fill("420");
  await submit(page, "Lagre måling");
  await expect(page.getByText(/Målingen for .* er lagret\./)).toBeVisible();

  // A goal running since four months with a trend, so the chart has a line and a forecast.
  await createFollowersGoal(page, slug, "Flere følgere på Instagram", "Instagram");
  const trendGoalId = idFrom(page, /\/goals\/([0-9a-f-]{36})/);
  for (const [days, value] of [
    [-100, 1210],
    [-60, 1230],
    [-10, 1250],
  ] as const) {
    await page.getByLabel("Verdi (Antall)").fill(String(value));
    await page.getByLabel("Dato", { exact: true }).fill(isoDay(days));
    await submit(page, "Lagre måling");
  }

  // An API key, listed on the API page.
  await page.goto(`/${slug}/measurements/api`);
  await page.getByLabel("Navn", { exact: true }).fill("Nettbutikken");
  await submit(page, "Lag nøkkel");

  // An invitation, opened later by someone not logged in.
  await page.goto(`/${slug}/team`);
  await page.getByLabel("Rolle", { exact: true }).selectOption("member");
  await submit(page, "Lag invitasjonslenke");
  const invitePath = new URL(await page.getByLabel("Invitasjonslenke").inputValue()).pathname;

  // Three meetings: one closed (its minutes), one open, one only planned.
  const closedId = await planMeeting(page, slug, "Gjennomgang oktober");
  await startMeeting(page);
  await page.getByRole("button", { name: "Avslutt møtet" }).click();
  await page.getByRole("button", { name: "Avslutt og lås" }).click();
  await expect(page).toHaveURL(/\/minutes$/);
  const openId = await planMeeting(page, slug, "Gjennomgang november");
  await startMeeting(page);
  const scheduledId = await planMeeting(page, slug, "Gjennomgang desember");

  // The session only: logging in (after confirming the address) also set the language cookie, which each run sets itself.
  const cookies = (await context.cookies()).filter((c) => c.name !== "NEXT_LOCALE");
  setup = { slug, cookies, invitePath, goalId, trendGoalId, scheduledId, openId, closedId };
  await context.close();
});

type Visit = { path: string; heading: string; charts?: boolean; status?: number };

function orgPages(s: Setup, lang: "nb" | "en"): Visit[] {
  const en = lang === "en";
  const o = `/${s.slug}`;
  return [
    { path: o, heading: en ? "Dashboard" : "Oversikt" },
    { path: `${o}/goals`, heading: en ? "Goals" : "Mål" },
    { path: `${o}/goals/new`, heading: en ? "New goal" : "Nytt mål" },
    { path: `${o}/goals/${s.goalId}`, heading: "25 % mer engasjement på Facebook", charts: true },
    { path: `${o}/goals/${s.trendGoalId}`, heading: "Flere følgere på Instagram", charts: true },
    { path: `${o}/goals/${s.goalId}/edit`, heading: en ? "Edit goal" : "Endre mål" },
    { path: `${o}/goals/objectives`, heading: en ? "Business objectives" : "Forretningsmål" },
    { path: `${o}/measurements`, heading: en ? "Measurements" : "Målinger" },
    { path: `${o}/measurements/api`, heading: en ? "Measurements API" : "API for målinger" },
    { path: `${o}/channels/instagram`, heading: "Instagram", charts: true },
    { path: `${o}/benchmarks`, heading: en ? "Benchmarks" : "Referansetall", charts: true },
    { path: `${o}/reviews`, heading: en ? "Reviews" : "Gjennomganger" },
    { path: `${o}/reviews/${s.scheduledId}`, heading: "Gjennomgang desember" },
    { path: `${o}/reviews/${s.openId}`, heading: "Gjennomgang november" },
    { path: `${o}/reviews/${s.closedId}/minutes`, heading: "Gjennomgang oktober" },
    { path: `${o}/team`, heading: "Team" },
    { path: `${o}/notifications`, heading: en ? "Notifications" : "Varsler" },
    { path: `${o}/account`, heading: en ? "Account and password" : "Konto og passord" },
    { path: `${o}/audit`, heading: en ? "Audit log" : "Revisjonslogg" },
    { path: "/new-organization", heading: en ? "Create an organization" : "Opprett organisasjon" },
    { path: `${o}/finnes-ikke/heller-ikke`, heading: en ? "This page doesn't exist" : "Siden finnes ikke", status: 404 },
  ];
}

function publicPages(s: Setup, lang: "nb" | "en"): Visit[] {
  const en = lang === "en";
  return [
    { path: "/", heading: en ? "From “more customers” to goals you actually reach." : "Fra «flere kunder» til mål dere faktisk når." },
    { path: "/login", heading: en ? "Log in" : "Logg inn" },
    { path: "/signup", heading: en ? "Create your account" : "Opprett konto" },
    { path: "/verify-email", heading: en ? "Confirm your e-mail address" : "Bekreft e-postadressen" },
    { path: "/forgot-password", heading: en ? "Forgot your password?" : "Glemt passord?" },
    { path: "/reset-password", heading: en ? "This link doesn't work" : "Lenken virker ikke" },
    { path: s.invitePath, heading: en ? "Join Kafé Universell" : "Bli med i Kafé Universell" },
    { path: "/finnes-ikke/heller-ikke", heading: en ? "This page doesn't exist" : "Siden finnes ikke", status: 404 },
  ];
}

/**
 * Runs axe on what the page shows now (every WCAG 2.x A/AA rule, or only the given
 * rules); a serious or critical violation is reported with its rule, help and elements.
 */
async function axeCheck(page: Page, what: string, rules?: string[]) {
  const results = await new AxeBuilder({ page }).withRules(rules ?? WCAG_RULES).analyze();
  if (!rules) {
    const ran = [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id);
    expect.soft(ran, `${LABEL_IN_NAME} ran on ${what}`).toContain(LABEL_IN_NAME);
  }
  const serious = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
  expect.soft(serious, `serious or critical axe violations on ${what}`).toEqual([]);
}

async function visitAndCheck(page: Page, visit: Visit, label: string, rules?: string[]) {
  const response = await page.goto(visit.path);
  // The page itself, not a redirect to the login or an error page in its place.
  expect(response?.status(), visit.path).toBe(visit.status ?? 200);
  expect(new URL(page.url()).pathname).toBe(visit.path);
  await expect(page.getByRole("heading", { level: 1, name: visit.heading, exact: true })).toBeVisible();
  // The charts are loaded on demand: check them drawn, with their text alternative.
  if (visit.charts) await expect(page.locator("canvas[role=img][aria-label]:not([aria-label=''])").first()).toBeVisible();
  await axeCheck(page, `${visit.path} (${label})`, rules);
}

async function switchLanguage(page: Page, lang: "nb" | "en") {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: lang, url: test.info().project.use.baseURL! }]);
}

for (const lang of ["nb", "en"] as const) {
  test(`every page passes axe (WCAG 2.2 AA) in ${lang === "nb" ? "bokmål" : "English"}`, async ({ page }) => {
    // 29 pages, each with every WCAG rule axe has; on a busy 2-core machine 3 minutes were not always enough.
    test.setTimeout(300_000);
    await switchLanguage(page, lang);
    for (const visit of publicPages(setup, lang)) await visitAndCheck(page, visit, lang);
    await page.context().addCookies(setup.cookies);
    for (const visit of orgPages(setup, lang)) await visitAndCheck(page, visit, lang);
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
  });
}

// Dark mode follows the system. Only colours change with it, so the dark run
// checks contrast alone: every page in bokmål, the main ones in English.
test("every page keeps its contrast in dark mode", async ({ page }) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ colorScheme: "dark" });
  const contrast = ["color-contrast"];
  await switchLanguage(page, "nb");
  for (const visit of publicPages(setup, "nb")) await visitAndCheck(page, visit, "nb, dark", contrast);
  await page.context().addCookies(setup.cookies);
  for (const visit of orgPages(setup, "nb")) await visitAndCheck(page, visit, "nb, dark", contrast);
  await switchLanguage(page, "en");
  const main = orgPages(setup, "en").filter((v) =>
    [`/${setup.slug}`, `/${setup.slug}/goals`, `/${setup.slug}/goals/${setup.trendGoalId}`].includes(v.path),
  );
  expect(main).toHaveLength(3);
  for (const visit of main) await visitAndCheck(page, visit, "en, dark");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("an open confirm dialog and the open menus pass axe, light and dark", async ({ page }) => {
  await page.context().addCookies(setup.cookies);
  for (const [scheme, lang] of [
    ["light", "nb"],
    ["dark", "en"],
  ] as const) {
    const en = lang === "en";
    await page.emulateMedia({ colorScheme: scheme });
    await switchLanguage(page, lang);
    await page.goto(`/${setup.slug}/goals/${setup.goalId}`);
    await page.getByRole("button", { name: en ? "Archive" : "Arkiver", exact: true }).click();
    const dialog = page.getByRole("alertdialog", { name: en ? "Archive the goal?" : "Arkivere målet?" });
    await expect(dialog).toBeVisible();
    await axeCheck(page, `the archive dialog (${lang}, ${scheme})`);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();

    // WCAG 2.5.3: each button's name starts with what it shows (the initials, the organization's name).
    await page
      .getByRole("button", { name: en ? /^KT, user menu for Kari Tilgjengelig$/ : /^KT, brukermeny for Kari Tilgjengelig$/ })
      .click();
    await expect(page.getByRole("menu")).toBeVisible();
    await axeCheck(page, `the user menu (${lang}, ${scheme})`);
    await page.keyboard.press("Escape");
    await page
      .getByRole("button", { name: en ? /^Kafé Universell, switch organization$/ : /^Kafé Universell, bytt organisasjon$/ })
      .click();
    await expect(page.getByRole("menu")).toBeVisible();
    await axeCheck(page, `the organization menu (${lang}, ${scheme})`);
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menu")).toBeHidden();
  }
});
