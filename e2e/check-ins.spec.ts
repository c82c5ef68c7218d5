import { createFacebookGoal, expect, isoDay, planMeeting, signUp, startMeeting, submit, test, uniqueEmail } from "./fixtures";
import { shoot } from "./shots";

test.use({ locale: "nb-NO" });

test("a campaign note is a marker on the goal chart, and a confidence given in the meeting reaches the minutes, in bokmål and English", async ({
  page,
}, testInfo) => {
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("tro"), organization: "Bakeriet på hjørnet" });
  const title = await createFacebookGoal(page, slug);

  // 1. A campaign note from the goal page: a numbered marker on the chart that a keyboard reaches and a screen reader names.
  await page.getByText("Legg til kampanjenotat").click();
  await page.getByLabel("Hva skjedde?").fill("Morsdagskampanje startet");
  await page.getByLabel("Når skjedde det?").fill(isoDay(0));
  await submit(page, "Legg til notat");
  const marker = page.getByRole("button", { name: /^Kampanjenotat 1, .+: Morsdagskampanje startet$/ });
  await expect(marker).toBeVisible();
  await marker.focus();
  await expect(marker).toBeFocused();
  await page.getByText("Vis som tabell").click();
  await expect(page.getByRole("row", { name: /Kampanjenotat 1 .* Morsdagskampanje startet/ })).toBeVisible();
  await shoot(page, testInfo, "campaign-note-nb", () => expect(marker).toBeVisible());

  // 2. In the meeting: the note is on the agenda for the period, and the confidence is recorded on the goal.
  await planMeeting(page, slug, "Månedsmøte desember");
  await startMeeting(page);
  const agendaGoal = page.getByRole("article", { name: title });
  await expect(agendaGoal.getByRole("list", { name: "Kampanjenotater i perioden" }).getByText(/Morsdagskampanje startet/)).toBeVisible();
  await agendaGoal.getByRole("radio", { name: "lav" }).check();
  await agendaGoal.getByLabel("Kommentar (valgfritt)").fill("Få kommenterer innleggene");
  await submit(page, "Lagre tro på målet");
  await expect(agendaGoal.getByText("Tro på målet: lav")).toBeVisible();
  await shoot(page, testInfo, "agenda-confidence-nb", () => expect(agendaGoal.getByText("Tro på målet: lav")).toBeVisible());

  // 3. The minutes keep the confidence, its comment and the campaign note.
  await page.getByRole("button", { name: "Avslutt møtet" }).click();
  await page.getByRole("button", { name: "Avslutt og lås" }).click();
  await expect(page).toHaveURL(/\/reviews\/[0-9a-f-]{36}\/minutes$/);
  const minutesGoal = page.getByRole("region", { name: title });
  await expect(minutesGoal.getByText("Tro på målet: lav")).toBeVisible();
  await expect(minutesGoal.getByText("«Få kommenterer innleggene»")).toBeVisible();
  await expect(minutesGoal.getByText("Morsdagskampanje startet")).toBeVisible();
  const minutesUrl = page.url();

  // 4. The same in English.
  await page.getByRole("button", { name: "Brukermeny for Kari Eier" }).click();
  await page.getByRole("menuitemradio", { name: "English" }).click();
  await expect(page.getByRole("region", { name: title }).getByText("Confidence: low")).toBeVisible();
  await page.goto(minutesUrl);
  await expect(page.getByRole("region", { name: title }).getByText("Campaign notes in the period")).toBeVisible();
  await page.goto(`/${slug}/goals`);
  await page.getByRole("link", { name: title }).first().click();
  const markerEn = page.getByRole("button", { name: /^Campaign note 1, .+: Morsdagskampanje startet$/ });
  await expect(markerEn).toBeVisible();
  // The goal page keeps the check-in in its history, said in the meeting.
  await expect(page.getByRole("list", { name: "Earlier confidence check-ins" })).toContainText(
    /Confidence: low.*in the meeting.*Få kommenterer innleggene/,
  );
  await shoot(page, testInfo, "campaign-note-en", () => expect(markerEn).toBeVisible());
});
