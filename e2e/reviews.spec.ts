import { createFacebookGoal, expect, makeTeam, test } from "./fixtures";

test("manager and member hold a review together: live notes, an adjustment with a reason, closing and the minutes", async ({ browser }) => {
  // Three sign-ups, a goal and a whole meeting: a long journey.
  test.setTimeout(180_000);
  const { slug, manager, member } = await makeTeam(browser, "Verkstedet i Bergen");
  const title = await createFacebookGoal(manager, slug, "Ingrid Ansatt");

  // The manager plans the meeting with everyone and starts it.
  await manager.goto(`/${slug}/reviews`);
  await expect(manager.getByText("Ingen møter planlagt")).toBeVisible();
  await manager.getByLabel("Tittel", { exact: true }).fill("Gjennomgang november");
  await manager.getByRole("button", { name: "Planlegg møtet" }).click();
  await expect(manager.getByRole("heading", { level: 1, name: "Gjennomgang november" })).toBeVisible();
  await manager.getByRole("button", { name: "Start møtet" }).click();
  await expect(manager.getByText("Møtet er i gang.")).toBeVisible();
  const managerGoal = manager.getByRole("article", { name: title });
  await expect(managerGoal).toBeVisible();

  // The member opens the same meeting from the reviews page; members cannot decide.
  await member.goto(`/${slug}/reviews`);
  await expect(member.getByRole("button", { name: "Planlegg møtet" })).toHaveCount(0);
  await member.getByRole("link", { name: /Gjennomgang november/ }).click();
  const memberGoal = member.getByRole("article", { name: title });
  await expect(memberGoal.getByText("Ingen beslutning ennå.")).toBeVisible();
  await expect(member.getByRole("button", { name: "Avslutt møtet" })).toHaveCount(0);

  // The member's note and action item appear on the manager's screen without a reload.
  await memberGoal.getByLabel(`Notat om «${title}»`).fill("Kundene spør etter glutenfrie kaker");
  await memberGoal.getByRole("button", { name: "Legg til notat" }).click();
  await expect(memberGoal.getByText("Kundene spør etter glutenfrie kaker")).toBeVisible();
  await expect(managerGoal.getByText("Kundene spør etter glutenfrie kaker")).toBeVisible();
  await expect(managerGoal.getByText("Ingrid Ansatt").first()).toBeVisible();

  await memberGoal.getByText(`Ny oppgave for «${title}»`).click();
  await memberGoal.getByLabel("Oppgave", { exact: true }).fill("Legg ut tre bilder av glutenfrie kaker");
  await memberGoal.getByLabel("Frist", { exact: true }).fill("2030-01-15");
  await memberGoal.getByRole("button", { name: "Legg til oppgave" }).click();
  await expect(managerGoal.getByText("Legg ut tre bilder av glutenfrie kaker")).toBeVisible();

  // The manager adjusts the target; without a reason the server says why it refuses.
  await managerGoal.getByLabel("I faresonen").check();
  await managerGoal.getByLabel("Juster").check();
  await managerGoal.getByLabel("Nytt mål", { exact: true }).fill("440");
  await managerGoal.getByRole("button", { name: "Lagre beslutningen" }).click();
  await expect(managerGoal.getByText("Skriv hvorfor målet justeres.")).toBeVisible();
  await managerGoal.getByLabel("Begrunnelse (påkrevd)").fill("Sesongen startet senere enn ventet");
  await managerGoal.getByRole("button", { name: "Lagre beslutningen" }).click();
  await expect(manager.getByText(`Beslutningen for «${title}» er lagret.`)).toBeVisible();
  // Saved, the form folds into the decision; "Endre" opens it again with the new target in the reader's convention.
  await expect(managerGoal.getByRole("button", { name: "Lagre beslutningen" })).toHaveCount(0);
  await expect(managerGoal.getByTestId("saved-decision")).toHaveText(/I faresonen · Juster/);
  const change = managerGoal.getByRole("button", { name: `Endre beslutningen for «${title}»` });
  await expect(change).toBeFocused();
  await change.click();
  await expect(managerGoal.getByLabel("Juster")).toBeChecked();
  await expect(managerGoal.getByLabel("Nytt mål", { exact: true })).toHaveValue("440");
  await managerGoal.getByRole("button", { name: "Avbryt" }).click();
  await expect(managerGoal.getByRole("button", { name: "Lagre beslutningen" })).toHaveCount(0);
  await expect(change).toBeVisible();
  // The member sees the decision live too.
  await expect(memberGoal.getByText(/I faresonen · Juster/)).toBeVisible();

  // Closing locks the meeting: the member's forms give way to the minutes.
  await manager.getByRole("button", { name: "Avslutt møtet" }).click();
  await manager.getByRole("button", { name: "Avslutt og lås" }).click();
  await expect(manager).toHaveURL(/\/reviews\/[0-9a-f-]{36}\/minutes$/);
  await expect(member.getByText("Møtet er avsluttet, og notater og beslutninger er låst.")).toBeVisible();
  await expect(memberGoal.getByRole("button", { name: "Legg til notat" })).toHaveCount(0);

  // The minutes: attendees, the adjustment with its reason, the note and the action item.
  await expect(manager.getByRole("heading", { level: 1, name: "Gjennomgang november" })).toBeVisible();
  for (const name of ["Kari Eier", "Ola Leder", "Ingrid Ansatt"]) await expect(manager.getByText(name).first()).toBeVisible();
  await expect(manager.getByText("Sesongen startet senere enn ventet")).toBeVisible();
  await expect(manager.getByText(/450\s*→\s*440/)).toBeVisible();
  await expect(manager.getByText("Kundene spør etter glutenfrie kaker")).toBeVisible();
  await expect(manager.getByText("Legg ut tre bilder av glutenfrie kaker")).toBeVisible();

  // The goal itself carries the new target and the revision.
  await manager.goto(`/${slug}/goals`);
  await manager.getByRole("link", { name: title }).first().click();
  await expect(manager.getByText("Sesongen startet senere enn ventet")).toBeVisible();
});
