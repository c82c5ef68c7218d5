import { createFacebookGoal, expect, signUp, test, uniqueEmail } from "./fixtures";

// The status controls show exactly the steps lib/domain/goal-status allows from the goal's status.
test("the goal page offers only the status changes the server allows", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "nb-NO" })).newPage();
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("eier"), organization: "Blomsterbutikken i Trondheim" });
  await createFacebookGoal(page, slug);
  const button = (name: string) => page.getByRole("button", { name, exact: true });

  // Active: close either way or archive; no way back to draft.
  await expect(button("Marker som nådd")).toBeVisible();
  await expect(button("Marker som ikke nådd")).toBeVisible();
  await expect(button("Arkiver")).toBeVisible();
  await expect(button("Gjenåpne som utkast")).toHaveCount(0);

  // Closing asks why; the reason is kept with the revision.
  await button("Marker som nådd").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Hvorfor?").fill("Vi nådde 450 før fristen");
  await dialog.getByRole("button", { name: "Ja, marker som nådd" }).click();
  await expect(page.getByText("Målet er avsluttet.")).toBeVisible();
  // Achieved: archive or reopen as a draft; never swapped for missed.
  await expect(button("Gjenåpne som utkast")).toBeVisible();
  await expect(button("Arkiver")).toBeVisible();
  await expect(button("Marker som ikke nådd")).toHaveCount(0);
  await expect(button("Marker som nådd")).toHaveCount(0);
  await expect(button("Aktiver")).toHaveCount(0);
});
