import type { Page, TestInfo } from "@playwright/test";
import { expect, makeTeam, submit, test } from "./fixtures";
import { shoot } from "./shots";

const LETTERS = {
  nb: ["Spesifikt", "Målbart", "Oppnåelig", "Relevant", "Tidsbundet"],
  en: ["Specific", "Measurable", "Achievable", "Relevant", "Time-bound"],
};

test("a manager writes a SMART goal from a template for a member, who sees it under My goals and cannot edit it", async ({
  browser,
}, testInfo) => {
  // A sign-up, an invitation and full-page pictures at two widths on a shared machine.
  test.setTimeout(180_000);
  const { slug, manager, member } = await makeTeam(browser, "Bakeriet i Oslo");

  // An empty form has checked nothing yet: every letter waits, none is marked as failed.
  await manager.goto(`/${slug}/goals`);
  await manager.getByRole("link", { name: "Nytt mål" }).first().click();
  const smart = manager.getByRole("region", { name: "SMART-sjekk" });
  await shoot(manager, testInfo, "goal-form-empty-nb", async () => {
    for (const letter of LETTERS.nb) await expect(smart.getByText(`${letter}: ikke sjekket ennå`)).toBeVisible();
    await expect(smart.getByText(/ikke oppfylt|: oppfylt/)).toHaveCount(0);
  });
  await manager.setViewportSize({ width: 1280, height: 900 });

  // A goal from the article's Facebook template.
  await manager.getByLabel("Start fra en mal").selectOption("facebookEngagement");
  await manager.getByRole("button", { name: "Bruk malen" }).click();
  await expect(manager.getByLabel("Kanal", { exact: true })).toHaveValue(/.+/);
  await expect(manager.getByLabel("Tittel", { exact: true })).not.toHaveValue("");
  await manager.getByLabel("Startverdi", { exact: true }).fill("400");
  // The template's +25 % follows the baseline typed by hand.
  await expect(manager.getByLabel("Målverdi", { exact: true })).toHaveValue("500");

  for (const letter of ["Spesifikt", "Målbart", "Tidsbundet"]) {
    await expect(smart.getByText(`${letter}: oppfylt`)).toBeVisible();
  }
  await expect(smart.getByText("Relevant: ikke sjekket ennå")).toBeVisible();
  // Facebook's benchmark is its followers': engagement has none, and a new team has no history of its own.
  await expect(smart.getByText("Oppnåelig: oppfylt")).toBeVisible();
  await expect(manager.getByRole("button", { name: "Lagre og aktiver" })).toBeDisabled();
  const realism = manager.getByTestId("realism");
  await expect(realism.getByText("Ikke vurdert", { exact: true })).toBeVisible();
  await expect(realism).toContainText(
    /Målet krever \+25\s%\spå 3 måneder; .*; ingen sammenligningstall for klikk og kommentarer \(Facebook\)\./,
  );

  // The objective (the R) is written without leaving the form; Enter creates it and everything typed stays.
  const title = await manager.getByLabel("Tittel", { exact: true }).inputValue();
  await manager.getByRole("button", { name: "Nytt forretningsmål" }).click();
  const objectiveTitle = manager.getByLabel("Navn på forretningsmålet");
  await expect(objectiveTitle).toBeFocused();
  await objectiveTitle.fill("Flere bryllupskaker");
  await shoot(manager, testInfo, "goal-form-new-objective-nb", async () => {
    await expect(objectiveTitle).toHaveValue("Flere bryllupskaker");
  });
  await manager.setViewportSize({ width: 1280, height: 900 });
  await objectiveTitle.press("Enter");
  const objective = manager.getByLabel("Forretningsmål", { exact: true });
  await expect(objective.locator("option:checked")).toHaveText("Flere bryllupskaker");
  await expect(objective).toBeFocused();
  await expect(objectiveTitle).toHaveCount(0);
  await expect(manager.getByLabel("Tittel", { exact: true })).toHaveValue(title);
  await expect(manager.getByLabel("Startverdi", { exact: true })).toHaveValue("400");
  await expect(manager.getByLabel("Målverdi", { exact: true })).toHaveValue("500");
  await expect(smart.getByText("Relevant: oppfylt")).toBeVisible();
  await manager.getByLabel("Ansvarlig", { exact: true }).selectOption({ label: "Ingrid Ansatt" });
  await manager.getByRole("button", { name: "Lagre og aktiver" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(manager.getByText("Aktivt", { exact: true })).toBeVisible();
  await expect(manager.getByText("Ingrid Ansatt")).toBeVisible();

  // The member finds it under My goals and has no way to edit it.
  await member.goto(`/${slug}/goals`);
  const mine = member.getByRole("region", { name: "Mine mål" });
  await mine.getByRole("link", { name: title }).click();
  await expect(member.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(member.getByRole("link", { name: "Endre" })).toHaveCount(0);
  await expect(member.getByRole("button", { name: /Arkiver|Marker som|Aktiver/ })).toHaveCount(0);
  // Inside their own organization a member is told they have no access (403), not that the page is missing.
  expect((await member.goto(`/${slug}/goals/new`))?.status()).toBe(403);
  const goalUrl = manager.url();
  expect((await member.goto(`${new URL(goalUrl).pathname}/edit`))?.status()).toBe(403);
});

test("the pitfall panel flags a draft without a deadline; in English an objective is created from the form", async ({
  browser,
}, testInfo) => {
  // A sign-up and full-page pictures at two widths on a shared machine.
  test.setTimeout(180_000);
  const { slug, manager } = await makeTeam(browser, "Bilverkstedet i Bergen");
  await manager.goto(`/${slug}/goals/new`);
  await manager.getByLabel("Tittel", { exact: true }).fill("Færre kunder som forsvinner");
  await manager.getByLabel("Kanal", { exact: true }).selectOption({ label: "Salg og kunder" });
  await manager.getByLabel("Måltall (KPI)").selectOption({ label: "Kundefrafall" });
  await expect(manager.getByLabel("Retning", { exact: true })).toHaveValue("decrease");
  await manager.getByLabel("Startverdi", { exact: true }).fill("20");
  await manager.getByLabel("Målverdi", { exact: true }).fill("17");
  await manager.getByLabel("Frist", { exact: true }).fill("");
  const smart = manager.getByRole("region", { name: "SMART-sjekk" });
  // No deadline written: T waits rather than failing; the draft is still saved.
  await expect(smart.getByText("Tidsbundet: ikke sjekket ennå")).toBeVisible();
  await manager.getByRole("button", { name: "Lagre som utkast" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Færre kunder som forsvinner" })).toBeVisible();
  await expect(manager.getByText("Utkast", { exact: true })).toBeVisible();

  await manager.goto(`/${slug}/goals`);
  const panel = manager.getByRole("region", { name: /fallgruve/ });
  const deadline = panel.getByRole("listitem").filter({ hasText: "Ingen frist:" });
  await expect(deadline).toBeVisible();
  await expect(deadline.getByRole("link", { name: "Færre kunder som forsvinner", exact: true })).toBeVisible();

  // In English: the letters of an empty form are not checked yet; a business objective is created from the form.
  await manager.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: testInfo.project.use.baseURL! }]);
  await manager.goto(`/${slug}/goals/new`);
  const smartEn = manager.getByRole("region", { name: "SMART check" });
  await shoot(manager, testInfo, "goal-form-empty-en", async () => {
    for (const letter of LETTERS.en) await expect(smartEn.getByText(`${letter}: not checked yet`)).toBeVisible();
  });
  await manager.setViewportSize({ width: 1280, height: 900 });
  await manager.getByLabel("Title", { exact: true }).fill("Fewer customers leaving");
  await manager.getByRole("button", { name: "New business objective" }).click();
  const objectiveTitle = manager.getByLabel("Name of the business objective");
  // An empty name is refused beside the field, and the goal form is not sent.
  await manager.getByRole("button", { name: "Create and select" }).click();
  await expect(manager.getByText("This field is required.")).toBeVisible();
  await objectiveTitle.fill("Keep our regular customers");
  await shoot(manager, testInfo, "goal-form-new-objective-en", async () => {
    await expect(objectiveTitle).toHaveValue("Keep our regular customers");
  });
  await manager.setViewportSize({ width: 1280, height: 900 });
  await manager.getByRole("button", { name: "Create and select" }).click();
  await expect(manager.getByLabel("Business objective", { exact: true }).locator("option:checked")).toHaveText(
    "Keep our regular customers",
  );
  await expect(manager.getByLabel("Title", { exact: true })).toHaveValue("Fewer customers leaving");
  await expect(smartEn.getByText("Relevant: met")).toBeVisible();
  await expect(smartEn.getByText("Specific: not met")).toBeVisible();
  await expect(smartEn.getByText("Time-bound: not checked yet")).toBeVisible();
});

test("a manager adds TikTok as an own channel, sets a goal on it and records a value; the member may read it but not add one", async ({
  browser,
}, testInfo) => {
  // A team, then a journey with full-page pictures at two widths on a shared machine.
  test.setTimeout(180_000);
  const { slug, manager, member } = await makeTeam(browser, "Bilverkstedet i Bergen");
  // Their own channel: TikTok, with followers and views; the member may read it but not add one.
  await addTikTok(manager, slug, testInfo);
  await member.goto(`/${slug}/channels`);
  await expect(member.getByRole("region", { name: "Egne kanaler" }).getByRole("link", { name: "TikTok" })).toBeVisible();
  await expect(member.getByRole("button", { name: "Legg til egen kanal" })).toHaveCount(0);

  // A goal on it, like on any channel.
  await manager.goto(`/${slug}/goals/new`);
  await manager.getByLabel("Tittel", { exact: true }).fill("Flere følgere på TikTok");
  await manager.getByLabel("Kanal", { exact: true }).selectOption({ label: "TikTok" });
  await manager.getByLabel("Måltall (KPI)").selectOption({ label: "Følgere" });
  await manager.getByLabel("Startverdi", { exact: true }).fill("200");
  await manager.getByLabel("Målverdi", { exact: true }).fill("300");
  await manager.getByRole("button", { name: "Lagre som utkast" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Flere følgere på TikTok" })).toBeVisible();

  // A value recorded on its channel page.
  await manager.goto(`/${slug}/channels`);
  await manager.getByRole("region", { name: "Egne kanaler" }).getByRole("link", { name: "TikTok" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "TikTok" })).toBeVisible();
  const metrics = manager.getByRole("region", { name: "Måltall" });
  await metrics.getByRole("button", { name: "Registrer Følgere" }).click();
  await metrics.getByLabel("Verdi (Antall)").fill("240");
  await metrics.getByRole("button", { name: "Lagre måling" }).click();
  await expect(metrics.getByText("240", { exact: true })).toBeVisible();
  await expect(manager.getByRole("region", { name: "Mål i kanalen" }).getByRole("link", { name: "Flere følgere på TikTok" })).toBeVisible();

  // In English the channel and its metrics read as typed; the form is pictured there too.
  await manager.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: testInfo.project.use.baseURL! }]);
  await manager.reload();
  await expect(manager.getByRole("heading", { level: 1, name: "TikTok" })).toBeVisible();
  await expect(manager.getByRole("region", { name: "Metrics" }).getByRole("heading", { level: 3, name: "Følgere" })).toBeVisible();
  await manager.goto(`/${slug}/channels`);
  const section = manager.getByRole("region", { name: "Your own channels" });
  await expect(section.getByText("2 metrics: Følgere, Visninger")).toBeVisible();
  await section.getByRole("button", { name: "Add your own channel" }).click();
  const dialog = manager.getByRole("dialog", { name: "Add your own channel" });
  await dialog.getByLabel("Channel name").fill("Snapchat");
  await shoot(manager, testInfo, "own-channel-form-en", () => expect(dialog.getByLabel("Kind of number")).toBeVisible());
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await manager.goto(`/${slug}/benchmarks`);
  // At phone width (where the pictures left it) each benchmark row is a card named by channel and metric.
  await expect(manager.getByRole("rowheader", { name: /^TikTok\s*Visninger$/ })).toHaveText("TikTok – Visninger");
});

/** A manager adds an own channel with two metrics, in bokmål; the dialog is pictured; the name clash is told beside the field. */
async function addTikTok(manager: Page, slug: string, testInfo: TestInfo) {
  await manager.goto(`/${slug}/channels`);
  const section = manager.getByRole("region", { name: "Egne kanaler" });
  await expect(section.getByText("Dere har ikke lagt til noen egne kanaler ennå.")).toBeVisible();
  await section.getByRole("button", { name: "Legg til egen kanal" }).click();
  const dialog = manager.getByRole("dialog", { name: "Legg til egen kanal" });
  // A catalogue channel's name, in the other language's spelling, is taken.
  await dialog.getByLabel("Navn på kanalen").fill("website / blog");
  await dialog.getByLabel("Navn", { exact: true }).fill("Følgere");
  await dialog.getByLabel("Hva slags tall").selectOption({ label: "Antall akkurat nå (følgere, abonnenter)" });
  await dialog.getByRole("button", { name: "Legg til et måltall til" }).click();
  const second = dialog.getByRole("group", { name: "Måltall 2" });
  await second.getByLabel("Navn", { exact: true }).fill("Visninger");
  await second.getByLabel("Hva slags tall").selectOption({ label: "Antall over tid (visninger, klikk, bestillinger)" });
  await second.getByLabel("Referansetall (valgfritt)").fill("20");
  await submit(manager, "Legg til kanalen");
  await expect(dialog.getByLabel("Navn på kanalen")).toHaveAccessibleDescription(/Det finnes allerede en kanal med dette navnet/);
  // The refused save keeps every row as it was typed.
  await expect(second.getByLabel("Hva slags tall")).toHaveValue("countTotal");
  await expect(second.getByLabel("Referansetall (valgfritt)")).toHaveValue("20");
  await dialog.getByLabel("Navn på kanalen").fill("TikTok");
  await shoot(manager, testInfo, "own-channel-form-nb", () => expect(dialog.getByRole("group", { name: "Måltall 2" })).toBeVisible());
  await dialog.getByRole("button", { name: "Legg til kanalen", exact: true }).click();
  await expect(manager.getByText("Kanalen «TikTok» er lagt til.")).toBeVisible();
  await expect(section.getByRole("link", { name: "TikTok" })).toBeVisible();
  await expect(section.getByText("2 måltall: Følgere, Visninger")).toBeVisible();
}
