import type { Page } from "@playwright/test";
import { createFacebookGoal, expect, makeTeam, test } from "./fixtures";

/** The cells of a channel's row: typical goal, benchmark, actual, targets, source (and the controls). */
const rowOf = (page: Page, channel: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: channel, exact: true }) });
const cell = (page: Page, channel: string, column: "benchmark" | "actual" | "targets") =>
  rowOf(page, channel).getByRole("cell").nth({ benchmark: 1, actual: 2, targets: 3 }[column]);

test("a manager edits a benchmark row and the goal's realism verdict changes accordingly", async ({ browser }) => {
  const { slug, manager, member } = await makeTeam(browser, "Bakeriet med referansetall");

  // An objective and an active goal on Facebook: engagement 400 → 450 in 3 months.
  await createFacebookGoal(manager, slug);
  const goalUrl = manager.url();
  // +12,5 % in a quarter is about 27 % over six months: ambitious against Facebook's 15 %.
  const smart = manager.getByRole("region", { name: "SMART-sjekk" });
  await expect(smart.getByRole("heading", { name: "Realisme" })).toBeVisible();
  await expect(smart.getByText("Ambisiøst", { exact: true })).toBeVisible();

  // The table: every channel's benchmark from the article, beside the team's numbers.
  await manager.goto(`/${slug}/benchmarks`);
  await expect(manager.getByRole("heading", { level: 1, name: "Referansetall" })).toBeVisible();
  for (const [channel, uplift] of [
    ["Facebook", "15 %"],
    ["Instagram", "10 %"],
    ["Google Ads", "25 %"],
    ["E-postmarkedsføring", "30 %"],
    ["LinkedIn", "20 %"],
    ["Google Bedriftsprofil", "18 %"],
    ["YouTube", "12 %"],
    ["Nettside / blogg", "22 %"],
    ["Influencermarkedsføring", "17 %"],
    ["X / Twitter", "8 %"],
  ] as const) {
    await expect(cell(manager, channel, "benchmark")).toHaveText(uplift);
  }
  await expect(rowOf(manager, "Facebook")).toContainText("Standardtall fra Målbar");
  await expect(cell(manager, "Facebook", "targets")).toHaveText("26,6 %1 aktivt mål");
  await expect(cell(manager, "Facebook", "actual")).toContainText("Ingen målinger siste 6 mnd");
  await expect(manager.getByRole("img", { name: /stolpediagram/i })).toBeVisible();

  // A member reads the same table without any controls.
  await member.goto(`/${slug}/benchmarks`);
  await expect(cell(member, "Facebook", "benchmark")).toHaveText("15 %");
  await expect(member.getByRole("button", { name: /^Endre referansetallet/ })).toHaveCount(0);

  // The manager sets Facebook's benchmark to 30 %, with their own source.
  await manager.getByRole("button", { name: "Endre referansetallet for Facebook" }).click();
  const dialog = manager.getByRole("dialog", { name: "Referansetall for Facebook" });
  await dialog.getByLabel("Økning etter 6 mnd (%)").fill("30");
  await dialog.getByLabel("Kilde", { exact: true }).fill("Egne tall fra bryllupssesongen 2025");
  await dialog.getByRole("button", { name: "Lagre" }).click();
  await expect(manager.getByText("Referansetallet for Facebook er lagret.")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(cell(manager, "Facebook", "benchmark")).toHaveText("30 %Egen verdi");
  await expect(rowOf(manager, "Facebook")).toContainText("Egne tall fra bryllupssesongen 2025");

  // The goal's realism check now reads 27 % against 30 %: typical.
  await manager.goto(goalUrl);
  await expect(smart.getByRole("heading", { name: "Realisme" })).toBeVisible();
  await expect(smart.getByText("Typisk", { exact: true })).toBeVisible();
  await expect(smart.getByText("Ambisiøst", { exact: true })).toHaveCount(0);
  await expect(smart.getByText("30 %", { exact: true })).toBeVisible();

  // Two weekly counts of Facebook followers, seven weeks apart, give an actual uplift.
  await manager.goto(`/${slug}/measurements`);
  await manager
    .getByRole("region", { name: "Registrer mange på en gang" })
    .getByLabel("Kanal", { exact: true })
    .selectOption({ label: "Facebook" });
  await manager.getByLabel("Kolonner").selectOption("week");
  await manager.getByRole("button", { name: "Vis", exact: true }).click();
  const followers = manager.getByRole("textbox", { name: /^Følgere, / });
  await expect(followers).toHaveCount(8);
  await followers.first().fill("1000");
  await followers.last().fill("1100");
  await manager.getByRole("button", { name: "Lagre 2 verdier" }).click();
  await expect(manager.getByText("2 verdier er lagret.")).toBeVisible();
  await manager.goto(`/${slug}/benchmarks`);
  await expect(cell(manager, "Facebook", "actual")).toHaveText(/^\d+(,\d)?\s%Hovedmåltall: Følgere$/);

  // Reset: back to the article's 15 %, after confirming.
  await manager.getByRole("button", { name: "Tilbakestill referansetallet for Facebook" }).click();
  await manager.getByRole("alertdialog").getByRole("button", { name: "Tilbakestill" }).click();
  await expect(manager.getByText("Referansetallet er tilbakestilt til standard.")).toBeVisible();
  await expect(cell(manager, "Facebook", "benchmark")).toHaveText("15 %");
});
