import { expect, makeTeam, submit, test } from "./fixtures";

test("a manager writes a SMART goal from a template for a member, who sees it under My goals and cannot edit it", async ({ browser }) => {
  const { slug, manager, member } = await makeTeam(browser, "Bakeriet i Oslo");

  // An objective to link the goal to (the R).
  await manager.goto(`/${slug}/goals/objectives`);
  await manager.getByRole("textbox", { name: "Forretningsmål" }).fill("Flere bryllupskaker");
  await submit(manager, "Opprett");
  await expect(manager.getByText("Flere bryllupskaker", { exact: true })).toBeVisible();

  // A goal from the article's Facebook template.
  await manager.goto(`/${slug}/goals`);
  await manager.getByRole("link", { name: "Nytt mål" }).first().click();
  await manager.getByLabel("Start fra en mal").selectOption("facebookEngagement");
  await manager.getByRole("button", { name: "Bruk malen" }).click();
  await expect(manager.getByLabel("Kanal", { exact: true })).toHaveValue(/.+/);
  await expect(manager.getByLabel("Tittel", { exact: true })).not.toHaveValue("");
  await manager.getByLabel("Startverdi", { exact: true }).fill("400");
  // The template's +25 % follows the baseline typed by hand.
  await expect(manager.getByLabel("Målverdi", { exact: true })).toHaveValue("500");

  const smart = manager.getByRole("region", { name: "SMART-sjekk" });
  for (const letter of ["Spesifikt", "Målbart", "Tidsbundet"]) {
    await expect(smart.getByText(`${letter}: oppfylt`)).toBeVisible();
  }
  await expect(smart.getByText("Relevant: ikke oppfylt")).toBeVisible();
  // Facebook's benchmark is its followers': engagement has none, and a new team has no history of its own.
  await expect(smart.getByText("Oppnåelig: oppfylt")).toBeVisible();
  await expect(manager.getByRole("button", { name: "Lagre og aktiver" })).toBeDisabled();
  const realism = manager.getByTestId("realism");
  await expect(realism.getByText("Ikke vurdert", { exact: true })).toBeVisible();
  await expect(realism).toContainText(
    /Målet krever \+25\s%\spå 3 måneder; .*; ingen sammenligningstall for klikk og kommentarer \(Facebook\)\./,
  );

  await manager.getByLabel("Forretningsmål", { exact: true }).selectOption({ label: "Flere bryllupskaker" });
  await manager.getByLabel("Ansvarlig", { exact: true }).selectOption({ label: "Ingrid Ansatt" });
  await expect(smart.getByText("Relevant: oppfylt")).toBeVisible();
  const title = await manager.getByLabel("Tittel", { exact: true }).inputValue();
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

test("the pitfall panel flags a draft without a deadline", async ({ browser }) => {
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
  await expect(smart.getByText("Tidsbundet: ikke oppfylt")).toBeVisible();
  await manager.getByRole("button", { name: "Lagre som utkast" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Færre kunder som forsvinner" })).toBeVisible();
  await expect(manager.getByText("Utkast", { exact: true })).toBeVisible();

  await manager.goto(`/${slug}/goals`);
  const panel = manager.getByRole("region", { name: /fallgruve/ });
  const deadline = panel.getByRole("listitem").filter({ hasText: "Ingen frist:" });
  await expect(deadline).toBeVisible();
  await expect(deadline.getByRole("link", { name: "Færre kunder som forsvinner", exact: true })).toBeVisible();
});
