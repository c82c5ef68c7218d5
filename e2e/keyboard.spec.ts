import type { Locator, Page } from "@playwright/test";
import { createFacebookGoal, expect, planMeeting, signUp, startMeeting, submit, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO" });

/**
 * The product's main flows with the keyboard alone: after the page is opened,
 * only Tab, Shift+Tab, Enter, Space, Escape and typing. Every stop the test
 * cares about must show where the focus is.
 */

/** The focused element is drawn with a visible focus indicator (an outline or a ring). */
async function expectFocusVisible(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    return {
      what: `${el.tagName.toLowerCase()} ${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? ""}`,
      focusVisible: el.matches(":focus-visible"),
      outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
      // A ring is a box-shadow with a spread; a plain drop shadow is not a focus indicator.
      ring: /0px 0px 0px [1-9]/.test(style.boxShadow),
    };
  });
  expect(focus, "something has the focus").not.toBeNull();
  expect(focus!.focusVisible, `${focus!.what} matches :focus-visible`).toBe(true);
  expect(focus!.outline || focus!.ring, `${focus!.what} shows an outline or ring`).toBe(true);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until `target` has the focus, then checks the focus is visible. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 60 } = {}) {
  for (let i = 0; i <= max; i++) {
    if (await isFocused(target)) {
      await expectFocusVisible(page);
      return;
    }
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${max} presses of ${backwards ? "Shift+Tab" : "Tab"} never reached ${String(target)}`);
}

type Stop = { what: string; shown: boolean } | "body" | "again" | "same";

/**
 * Walks the page's whole Tab order from the top and returns every stop that
 * shows no focus indicator: an outline or a ring (a box-shadow with a spread)
 * on the element, or on the label of a visually hidden radio or checkbox.
 */
async function stopsWithoutVisibleFocus(page: Page, maxStops = 250): Promise<string[]> {
  await page.evaluate(() => {
    (window as unknown as { __stops: WeakSet<Element>; __last: Element | null }).__stops = new WeakSet();
    (window as unknown as { __last: Element | null }).__last = null;
    (document.activeElement as HTMLElement | null)?.blur();
  });
  const hidden: string[] = [];
  let stops = 0;
  for (; stops < maxStops; stops++) {
    await page.keyboard.press("Tab");
    const stop: Stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return "body";
      const walk = window as unknown as { __stops: WeakSet<Element>; __last: Element | null };
      // A date input takes several Tabs, one per part (day, month, year).
      if (walk.__last === el) return "same";
      if (walk.__stops.has(el)) return "again";
      walk.__stops.add(el);
      walk.__last = el;
      const shows = (c: Element) => {
        const style = getComputedStyle(c);
        return (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || /0px 0px 0px [1-9]/.test(style.boxShadow);
      };
      const label = el.closest("label");
      const name = el.getAttribute("aria-label") ?? (el.textContent?.trim() || (el as HTMLInputElement).name || el.id).slice(0, 40);
      return {
        what: `<${el.tagName.toLowerCase()}> ${name}`,
        shown: el.matches(":focus-visible") && (shows(el) || (label !== null && shows(label))),
      };
    });
    if (stop === "body" || stop === "again") break;
    if (stop === "same") continue;
    if (!stop.shown) hidden.push(stop.what);
  }
  expect(stops, "the Tab order has stops and ends").toBeGreaterThan(3);
  expect(stops).toBeLessThan(maxStops);
  return hidden;
}

/** Replaces a text field's content the way a person would: select all, type. */
async function retype(page: Page, text: string) {
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

test("a goal is written from scratch and a measurement recorded with the keyboard alone", async ({ page }) => {
  const slug = await signUp(page, { name: "Tove Tastatur", email: uniqueEmail("tastatur"), organization: "Tastaturkafeen" });
  await page.goto(`/${slug}/goals/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Nytt mål" })).toBeVisible();

  // The first Tab reaches the skip link, which is shown and leads past the menus to the page.
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til innholdet" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectFocusVisible(page);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(
    await page.evaluate(() => Boolean(document.activeElement?.closest("main"))),
    "the Tab after the skip link lands in the main content",
  ).toBe(true);

  const title = page.getByLabel("Tittel", { exact: true });
  await tabTo(page, title);
  await page.keyboard.type("Flere følgere på Instagram");

  // A closed select picks its option by typing the option's start.
  const channel = page.getByLabel("Kanal", { exact: true });
  await tabTo(page, channel);
  await page.keyboard.type("Instagram");
  await expect(channel.locator("option:checked")).toHaveText("Instagram");
  const metric = page.getByLabel("Måltall (KPI)");
  await tabTo(page, metric);
  await page.keyboard.type("Følgere");
  await expect(metric.locator("option:checked")).toHaveText("Følgere");

  await tabTo(page, page.getByLabel("Startverdi", { exact: true }));
  await page.keyboard.type("1200");
  await tabTo(page, page.getByLabel("Målverdi", { exact: true }));
  await page.keyboard.type("1300");
  await expect(page.getByRole("region", { name: "SMART-sjekk" }).getByText("Målbart: oppfylt")).toBeVisible();

  // Shift+Tab walks back: the title is still there and can be corrected.
  await tabTo(page, title, { backwards: true });
  await expect(title).toHaveValue("Flere følgere på Instagram");
  await retype(page, "Flere følgere på Instagram i vår");

  const saveDraft = page.getByRole("button", { name: "Lagre som utkast" });
  await tabTo(page, saveDraft);
  await page.keyboard.press("Space");
  await expect(page.getByRole("heading", { level: 1, name: "Flere følgere på Instagram i vår" })).toBeVisible();

  // Quick entry on the goal page: Tab to the value, type, Enter submits.
  const value = page.getByLabel("Verdi (Antall)");
  await tabTo(page, value);
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.request().headers()["next-action"] !== undefined);
  await page.keyboard.type("1250");
  await page.keyboard.press("Enter");
  await answered;
  await expect(page.getByText(/Målingen for .* er lagret\./)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Fremdrift for Flere følgere på Instagram i vår" })).toHaveAttribute(
    "aria-valuenow",
    "50",
  );
  // The form hands the focus back to the value, ready for the next one.
  await expect(value).toBeFocused();
  await expect(value).toHaveValue("");

  // The save button itself works from the keyboard too: a correction of today's value.
  await page.keyboard.type("1275");
  await tabTo(page, page.getByRole("button", { name: "Lagre måling" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText(/er rettet/)).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Fremdrift for Flere følgere på Instagram i vår" })).toHaveAttribute(
    "aria-valuenow",
    "75",
  );
});

test("a goal from a template is activated with the keyboard, and the archive dialog traps and returns the focus", async ({ page }) => {
  const slug = await signUp(page, { name: "Tor Tast", email: uniqueEmail("mal"), organization: "Bakeriet med tastatur" });
  // The R in SMART: an objective to link the goal to (set-up, not the flow under test).
  await page.goto(`/${slug}/goals/objectives`);
  await page.getByRole("textbox", { name: "Forretningsmål" }).fill("Flere bryllupskaker");
  await submit(page, "Opprett");

  await page.goto(`/${slug}/goals/new`);
  await expect(page.getByRole("heading", { level: 1, name: "Nytt mål" })).toBeVisible();
  const picker = page.getByLabel("Start fra en mal");
  await tabTo(page, picker);
  await page.keyboard.type("25 % mer");
  await expect(picker).toHaveValue("facebookEngagement");
  await tabTo(page, page.getByRole("button", { name: "Bruk malen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Tittel", { exact: true })).toHaveValue("25 % mer engasjement på Facebook");

  // Typing right after the template: the template's +25 % follows the baseline.
  await tabTo(page, page.getByLabel("Startverdi", { exact: true }));
  await page.keyboard.type("400");
  const target = page.getByLabel("Målverdi", { exact: true });
  await expect(target).toHaveValue("500");
  await tabTo(page, target);
  await retype(page, "450");
  const objective = page.getByLabel("Forretningsmål", { exact: true });
  await tabTo(page, objective);
  await page.keyboard.type("Flere");
  await expect(objective.locator("option:checked")).toHaveText("Flere bryllupskaker");

  const activate = page.getByRole("button", { name: "Lagre og aktiver" });
  await expect(activate).toBeEnabled();
  await tabTo(page, activate);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "25 % mer engasjement på Facebook" })).toBeVisible();
  await expect(page.getByText("Aktivt", { exact: true })).toBeVisible();

  // The archive button opens its confirmation; the focus moves into the dialog and stays there.
  const archive = page.getByRole("button", { name: "Arkiver", exact: true });
  await tabTo(page, archive);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: "Arkivere målet?" });
  await expect(dialog).toBeVisible();
  const inDialog = () => dialog.evaluate((el) => el.contains(document.activeElement));
  await expect.poll(inDialog).toBe(true);
  await expectFocusVisible(page);
  for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
    await page.keyboard.press(key);
    expect(await inDialog(), `focus stays in the dialog after ${key}`).toBe(true);
    await expectFocusVisible(page);
  }
  // Escape closes it and gives the focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(archive).toBeFocused();
  await expectFocusVisible(page);
  await expect(page.getByText("Aktivt", { exact: true })).toBeVisible();

  // Opened again, confirmed from the keyboard.
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();
  await tabTo(page, dialog.getByRole("button", { name: "Arkiver" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText("Målet er arkivert.")).toBeVisible();
  await expect(page.getByText("Arkivert", { exact: true }).first()).toBeVisible();
});

test("every stop in the Tab order of the main pages shows where the focus is, and the menus work with arrow keys", async ({ page }) => {
  const slug = await signUp(page, { name: "Frida Fokus", email: uniqueEmail("fokus"), organization: "Fokusbakeriet" });
  // A goal with a measurement, so the goal page has its chart, range switch and entry form.
  await page.goto(`/${slug}/goals/new`);
  await page.getByLabel("Tittel", { exact: true }).fill("Flere følgere på Instagram");
  await page.getByLabel("Kanal", { exact: true }).selectOption({ label: "Instagram" });
  await page.getByLabel("Måltall (KPI)").selectOption({ label: "Følgere" });
  await page.getByLabel("Startverdi", { exact: true }).fill("1200");
  await page.getByLabel("Målverdi", { exact: true }).fill("1300");
  await page.getByRole("button", { name: "Lagre som utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Flere følgere på Instagram" })).toBeVisible();
  await page.getByLabel("Verdi (Antall)").fill("1250");
  await submit(page, "Lagre måling");
  const goalPath = new URL(page.url()).pathname;

  for (const path of [`/${slug}`, goalPath, `/${slug}/goals/new`, `/${slug}/measurements`, `/${slug}/benchmarks`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await stopsWithoutVisibleFocus(page), `stops on ${path} without a visible focus`).toEqual([]);
  }

  // The user menu: opened with Enter, items reached with the arrow keys, each one visibly focused.
  await page.goto(`/${slug}`);
  const userButton = page.getByRole("button", { name: "Brukermeny for Frida Fokus" });
  await tabTo(page, userButton);
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu");
  await expect(menu).toBeVisible();
  for (const name of ["Norsk", "English", "Konto og passord", "Logg ut"]) {
    await page.keyboard.press("ArrowDown");
    await expect(menu.getByRole(/^(Norsk|English)$/.test(name) ? "menuitemradio" : "menuitem", { name })).toBeFocused();
    await expectFocusVisible(page);
  }
  await expect(menu.getByRole("menuitemradio", { name: "Norsk" })).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(userButton).toBeFocused();
  await expectFocusVisible(page);
});

test("a review meeting is run with the keyboard alone: a note, a decision, an action item ticked, and the meeting closed", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Set-up with the mouse: a goal and a started meeting with the goal on its agenda.
  const slug = await signUp(page, { name: "Mona Møte", email: uniqueEmail("motetast"), organization: "Møtekafeen" });
  const title = await createFacebookGoal(page, slug);
  await planMeeting(page, slug, "Gjennomgang med tastatur");
  await startMeeting(page);
  const meetingUrl = page.url();

  // From here only the keyboard.
  await page.goto(meetingUrl);
  const goal = page.getByRole("article", { name: title });
  await expect(goal).toBeVisible();

  await tabTo(page, goal.getByLabel(`Notat om «${title}»`));
  await page.keyboard.type("Flere spør etter bryllupskaker i mai");
  await tabTo(page, goal.getByRole("button", { name: "Legg til notat" }));
  await page.keyboard.press("Enter");
  await expect(goal.getByText("Flere spør etter bryllupskaker i mai")).toBeVisible();

  // A radio group is one Tab stop; Space picks the focused option, the arrow keys move within the group.
  await tabTo(page, goal.getByLabel("I rute"));
  await page.keyboard.press("ArrowRight");
  await expect(goal.getByLabel("I faresonen")).toBeChecked();
  await tabTo(page, goal.getByLabel("Behold"));
  await page.keyboard.press("Space");
  await expect(goal.getByLabel("Behold")).toBeChecked();
  await tabTo(page, goal.getByRole("button", { name: "Lagre beslutningen" }));
  await page.keyboard.press("Enter");
  await expect(page.getByText(`Beslutningen for «${title}» er lagret.`)).toBeVisible();
  // Saved, the form folds into the decision, and focus moves to "Endre" so the keyboard is not lost.
  await expect(goal.getByTestId("saved-decision")).toHaveText(/I faresonen · Behold/);
  await expect(goal.getByRole("button", { name: `Endre beslutningen for «${title}»` })).toBeFocused();

  // The action item form opens from its summary with Enter; the date is typed into the date field.
  const summary = goal.getByText(`Ny oppgave for «${title}»`);
  await tabTo(page, summary);
  await page.keyboard.press("Enter");
  await tabTo(page, goal.getByLabel("Oppgave", { exact: true }));
  await page.keyboard.type("Lag en bryllupsside på nettstedet");
  await tabTo(page, goal.getByLabel("Frist", { exact: true }));
  // Headless Chromium shows the date field as mm/dd/yyyy whatever the page language.
  await page.keyboard.type("01152030");
  await expect(goal.getByLabel("Frist", { exact: true })).toHaveValue("2030-01-15");
  await tabTo(page, goal.getByRole("button", { name: "Legg til oppgave" }));
  await page.keyboard.press("Enter");
  const done = goal.getByRole("checkbox", { name: /Lag en bryllupsside på nettstedet/ });
  await expect(done).toBeVisible();
  await tabTo(page, done);
  await page.keyboard.press("Space");
  await expect(done).toBeChecked();

  // Closing asks first; the dialog takes the focus and Enter on its button locks the meeting.
  await tabTo(page, page.getByRole("button", { name: "Avslutt møtet" }), { backwards: true, max: 120 });
  await page.keyboard.press("Enter");
  const lock = page.getByRole("button", { name: "Avslutt og lås" });
  await tabTo(page, lock, { max: 6 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/minutes$/);
  await expect(page.getByText("Flere spør etter bryllupskaker i mai")).toBeVisible();
  const minutes = page.getByRole("region", { name: title });
  await expect(minutes.getByText("Utført: Lag en bryllupsside på nettstedet")).toBeVisible();
  await expect(minutes.getByText(/frist 15\. jan\. 2030/)).toBeVisible();
  await expect(minutes.getByRole("definition").filter({ hasText: "I faresonen" })).toBeVisible();
  await expect(minutes.getByRole("definition").filter({ hasText: "Beholde målet" })).toContainText("besluttet av Mona Møte");
});
