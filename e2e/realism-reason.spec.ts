import { expect, isoDay, signUp, submit, test, uniqueEmail } from "./fixtures";
import { shoot } from "./shots";

// Signed up in bokmål; the English run switches with the language cookie afterwards.
test.use({ locale: "nb-NO" });

const WORDS = {
  nb: {
    title: "Tittel",
    channel: "Kanal",
    metric: "Måltall (KPI)",
    followers: "Følgere",
    baseline: "Startverdi",
    target: "Målverdi",
    start: "Startdato",
    deadline: "Frist",
    objective: "Forretningsmål",
    activate: "Lagre og aktiver",
    unrealistic: "Urealistisk",
    needs: /Målet krever \+150\s%\spå 6 måneder; for få egne målinger .*; vanlig for følgere \(Instagram\): \+10\s%\spå 6 måneder\./,
    reason: "Hvorfor tror dere målet kan nås?",
    missing: "Skriv hvorfor dere tror målet kan nås før dere aktiverer det.",
    shown: "Derfor holder vi på målet:",
    because: "Vi starter et samarbeid med en kjent matblogger i januar.",
  },
  en: {
    title: "Title",
    channel: "Channel",
    metric: "Metric (KPI)",
    followers: "Followers",
    baseline: "Baseline",
    target: "Target",
    start: "Start date",
    deadline: "Deadline",
    objective: "Business objective",
    activate: "Save and activate",
    unrealistic: "Unrealistic",
    needs: /The target needs \+150% in 6 months; too few measurements .*; usual for followers \(Instagram\): \+10% in 6 months\./,
    reason: "Why do you think the target can be reached?",
    missing: "Write why you think the target can be reached before you activate it.",
    shown: "Why we keep this target:",
    because: "We start working with a well-known food blogger in January.",
  },
} as const;

for (const lang of ["nb", "en"] as const) {
  test(`activating an unrealistic goal asks for a written reason, then activates it and shows the reason (${lang})`, async ({
    page: first,
    browser,
  }, testInfo) => {
    let page = first;
    const w = WORDS[lang];
    const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail(`eier-${lang}`), organization: "Bakeriet på hjørnet" });
    await page.goto(`/${slug}/goals/objectives`);
    await page.getByRole("textbox", { name: "Forretningsmål" }).fill("Flere bryllupskaker");
    await submit(page, "Opprett");
    if (lang === "en") {
      // The same session in English: the language cookie as the language switcher leaves it.
      const session = await page.context().storageState();
      const domain = session.cookies[0]!.domain;
      const cookies = [
        ...session.cookies.filter((c) => c.name !== "NEXT_LOCALE"),
        { name: "NEXT_LOCALE", value: "en", domain, path: "/", expires: -1, httpOnly: false, secure: false, sameSite: "Lax" as const },
      ];
      page = await (await browser.newContext({ locale: "en-GB", storageState: { ...session, cookies } })).newPage();
    }

    // Instagram followers 2 400 → 6 000 in six months: +150 % against the article's 10 % for them.
    await page.goto(`/${slug}/goals/new`);
    await page.getByLabel(w.title, { exact: true }).fill("Instagram-kampanje med matblogger");
    await page.getByLabel(w.channel, { exact: true }).selectOption({ label: "Instagram" });
    await page.getByLabel(w.metric).selectOption({ label: w.followers });
    await page.getByLabel(w.baseline, { exact: true }).fill("2400");
    await page.getByLabel(w.target, { exact: true }).fill("6000");
    await page.getByLabel(w.start, { exact: true }).fill(isoDay(0));
    await page.getByLabel(w.deadline, { exact: true }).fill(isoDay(182));
    await page.getByLabel(w.objective, { exact: true }).selectOption({ label: "Flere bryllupskaker" });
    const realism = page.getByTestId("realism");
    await expect(realism.getByText(w.unrealistic, { exact: true })).toBeVisible();
    await expect(realism).toContainText(w.needs);

    // Advice, not a block: activating waits only for the written reason.
    const reason = page.getByLabel(w.reason);
    const activate = page.getByRole("button", { name: w.activate });
    await expect(reason).toBeVisible();
    await expect(page.getByText(w.missing)).toBeVisible();
    await expect(activate).toBeDisabled();
    await reason.fill(w.because);
    await expect(activate).toBeEnabled();
    await shoot(page, testInfo, `realism-reason-form-${lang}`, () => expect(realism).toBeVisible());
    await activate.click();
    await expect(page.getByRole("heading", { level: 1, name: "Instagram-kampanje med matblogger" })).toBeVisible();
    await expect(page.getByText(w.shown)).toBeVisible();
    await expect(page.getByText(w.because)).toBeVisible();
    await shoot(page, testInfo, `realism-reason-goal-${lang}`, () => expect(page.getByText(w.because)).toBeVisible());
  });
}
