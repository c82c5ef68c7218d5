import { createFacebookGoal, expect, isoDay, makeTeam, test } from "./fixtures";
import { shoot } from "./shots";

/**
 * Issue 19, points 3 and 4: a member's "Mine oppgaver" (the item assigned in a
 * meeting, with its notification at once, ticked off and undone from the
 * dashboard), and the confirmations: closing a meeting names the goals not
 * assessed, a role change says what the new role may do. Both languages.
 */
test("my tasks on the dashboard, and asking before consequential changes", async ({ browser }, testInfo) => {
  // Three sign-ups, a goal and a meeting: a long journey.
  test.setTimeout(600_000);
  const { slug, owner, manager, member } = await makeTeam(browser, "Bakeriet på hjørnet");
  const goal = await createFacebookGoal(manager, slug, "Ingrid Ansatt");

  // In the meeting the manager gives the member an action item, due after the meeting's date.
  await manager.goto(`/${slug}/reviews`);
  await manager.getByLabel("Tittel", { exact: true }).fill("Gjennomgang desember");
  await manager.getByRole("button", { name: "Planlegg møtet" }).click();
  await manager.getByRole("button", { name: "Start møtet" }).click();
  await expect(manager.getByText("Møtet er i gang.")).toBeVisible();
  const general = manager.getByRole("region", { name: "Notater og oppgaver for hele møtet" });
  await general.getByText("Ny oppgave for møtet").click();
  await general.getByLabel("Oppgave", { exact: true }).fill("Bestill nye kakeesker");
  await general.getByLabel("Ansvarlig", { exact: true }).selectOption({ label: "Ingrid Ansatt" });
  await general.getByLabel("Frist", { exact: true }).fill(isoDay(14));
  await general.getByRole("button", { name: "Legg til oppgave" }).click();
  await expect(general.getByText("Bestill nye kakeesker")).toBeVisible();

  // Closing warns that the goal has no assessment, by name; "Fortsett møtet" keeps it open and gives the focus back.
  const close = manager.getByRole("button", { name: "Avslutt møtet" });
  await close.click();
  const closing = manager.getByRole("alertdialog", { name: "Avslutte møtet?" });
  await expect(closing.getByText("Ett mål er ikke vurdert ennå:")).toBeVisible();
  await expect(closing.getByRole("listitem").filter({ hasText: goal })).toBeVisible();
  await shoot(manager, testInfo, "close-meeting-warning-nb", () => expect(closing).toBeVisible());
  await closing.getByRole("button", { name: "Fortsett møtet" }).click();
  await expect(closing).toBeHidden();
  await expect(close).toBeFocused();

  // The member was told at once (no reminders job has run), and finds the item on the dashboard.
  await member.goto(`/${slug}/notifications`);
  await expect(member.getByRole("link", { name: /Du har fått oppgaven «Bestill nye kakeesker» med frist/ })).toBeVisible();
  await member.goto(`/${slug}`);
  const tasks = member.getByRole("region", { name: "Mine oppgaver" });
  const box = tasks.getByRole("checkbox", { name: "Bestill nye kakeesker" });
  await expect(box).toBeVisible();
  await expect(tasks.getByText(/^Frist \d/)).toBeVisible();
  await expect(tasks.getByText(/Fra Gjennomgang desember/)).toBeVisible();
  await shoot(member, testInfo, "my-tasks-nb", () => expect(box).toBeVisible());

  // Ticked off: it leaves the list; "Angre" brings it back; ticked again it stays done after a reload.
  await box.click();
  await expect(box).toBeHidden();
  await member.getByRole("button", { name: "Angre" }).click();
  await expect(tasks.getByRole("checkbox", { name: "Bestill nye kakeesker" })).toBeVisible();
  await tasks.getByRole("checkbox", { name: "Bestill nye kakeesker" }).click();
  await expect(member.getByText("«Bestill nye kakeesker» er krysset av.").first()).toBeVisible();
  await member.reload();
  await expect(tasks.getByText("Ingen åpne oppgaver")).toBeVisible();

  // In English too.
  await member.getByRole("button", { name: /brukermeny/i }).click();
  await member.getByRole("menuitemradio", { name: "English" }).click();
  await expect(member.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(member.getByRole("region", { name: "My tasks" }).getByText("No open tasks")).toBeVisible();
  await shoot(member, testInfo, "my-tasks-empty-en", () => expect(member.getByRole("region", { name: "My tasks" })).toBeVisible());

  // The owner sees that the reminders job has never run here.
  await owner.goto(`/${slug}/notifications`);
  await expect(owner.getByText("Påminnelsene har ikke gått ennå.", { exact: false })).toBeVisible();

  // A role change asks first and says what the new role may do; cancelling changes nothing and returns the focus.
  await owner.goto(`/${slug}/team`);
  const picker = owner.getByLabel("Rolle for Ingrid Ansatt");
  await picker.selectOption("manager");
  const asking = owner.getByRole("alertdialog", { name: "Gjøre Ingrid Ansatt til markedsansvarlig?" });
  await expect(asking.getByRole("listitem").filter({ hasText: "lage, endre, avslutte og arkivere mål" })).toBeVisible();
  await expect(asking.getByRole("listitem").filter({ hasText: "invitere folk" })).toHaveCount(0);
  await shoot(owner, testInfo, "role-change-nb", () => expect(asking).toBeVisible());
  await asking.getByRole("button", { name: "Avbryt" }).click();
  await expect(picker).toBeFocused();
  await expect(picker).toHaveValue("member");
  await picker.selectOption("manager");
  await owner.getByRole("alertdialog").getByRole("button", { name: "Endre rollen" }).click();
  await expect(owner.getByText("Rollen er endret.")).toBeVisible();
  await expect(picker).toHaveValue("manager");

  // The same question in English.
  await owner.getByRole("button", { name: /brukermeny/i }).click();
  await owner.getByRole("menuitemradio", { name: "English" }).click();
  await owner.getByLabel("Role of Ingrid Ansatt").selectOption("member");
  const english = owner.getByRole("alertdialog", { name: /Ingrid Ansatt/ });
  await expect(english.getByRole("listitem").filter({ hasText: "write notes and action items in reviews" })).toBeVisible();
  await shoot(owner, testInfo, "role-change-en", () => expect(english).toBeVisible());
  await english.getByRole("button", { name: "Cancel" }).click();
});
