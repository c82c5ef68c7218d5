import type { Page } from "@playwright/test";
import { createFacebookGoal, expect, makeTeam, test } from "./fixtures";

/** The cells of a metric's row (its header names the channel, then the metric): typical goal, benchmark, actual, targets, source. */
const rowOf = (page: Page, channel: string, metric: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${channel}\\s*${metric}$`) }) });
const cell = (page: Page, channel: string, metric: string, column: "benchmark" | "actual" | "targets") =>
  rowOf(page, channel, metric).getByRole("cell").nth({ benchmark: 1, actual: 2, targets: 3 }[column]);

test("a manager gives a metric a benchmark of the team's own and the goal's realism verdict follows it", async ({ browser }) => {
  const { slug, manager, member } = await makeTeam(browser, "Bakeriet med referansetall");

  // An objective and an active goal on Facebook engagement: 400 → 450 in 3 months.
  await createFacebookGoal(manager, slug);
  const goalUrl = manager.url();
  // Facebook's 15 % is its followers': engagement has no benchmark, and the team no history yet.
  const realism = manager.getByTestId("realism");
  await expect(realism.getByText("Ikke vurdert", { exact: true })).toBeVisible();

  // The table: each channel's main metric with the article's figure, beside the team's numbers.
  await manager.goto(`/${slug}/benchmarks`);
  await expect(manager.getByRole("heading", { level: 1, name: "Referansetall" })).toBeVisible();
  for (const [channel, metric, uplift] of [
    ["Facebook", "Følgere", "15 %"],
    ["Instagram", "Følgere", "10 %"],
    ["Google Ads", "Klikk", "25 %"],
    ["E-postmarkedsføring", "Åpningsrate", "30 %"],
    ["YouTube", "Visninger", "12 %"],
  ] as const) {
    await expect(cell(manager, channel, metric, "benchmark")).toHaveText(uplift);
  }
  await expect(rowOf(manager, "Facebook", "Følgere")).toContainText("Standardtall fra Målbar");
  await expect(cell(manager, "Facebook", "Følgere", "actual")).toContainText("Ingen målinger siste 6 mnd");
  await expect(manager.getByRole("img", { name: /stolpediagram/i })).toBeVisible();

  // A member reads the same table without any controls.
  await member.goto(`/${slug}/benchmarks`);
  await expect(cell(member, "Facebook", "Følgere", "benchmark")).toHaveText("15 %");
  await expect(member.getByRole("button", { name: /^Endre referansetallet|^Legg til referansetall/ })).toHaveCount(0);

  // The manager gives Facebook engagement a benchmark of 30 %, with their own source.
  await manager.getByRole("button", { name: "Legg til referansetall for et tall som ikke har noe" }).click();
  const dialog = manager.getByRole("dialog", { name: "Nytt referansetall" });
  await dialog.getByLabel("Tall", { exact: true }).selectOption({ label: "Facebook – Klikk og kommentarer" });
  await dialog.getByLabel("Økning etter 6 mnd (%)").fill("30");
  await dialog.getByLabel("Typisk mål (bokmål)").fill("Mer engasjement på innleggene");
  await dialog.getByLabel("Typisk mål (engelsk)").fill("More engagement on posts");
  await dialog.getByLabel("Kilde", { exact: true }).fill("Egne tall fra bryllupssesongen 2025");
  await dialog.getByRole("button", { name: "Lagre" }).click();
  await expect(manager.getByText("Referansetallet er lagret.")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(cell(manager, "Facebook", "Klikk og kommentarer", "benchmark")).toHaveText("30 %Egen verdi");
  // The goal on it: 450 / 400 compounded to six months is 26,6 %.
  await expect(cell(manager, "Facebook", "Klikk og kommentarer", "targets")).toHaveText("26,6 %1 aktivt mål");
  await expect(cell(manager, "Facebook", "Følgere", "benchmark")).toHaveText("15 %");

  // The goal's realism check now compares: +12,5 % in 3 months beside 30 % a half year is usual.
  await manager.goto(goalUrl);
  await expect(realism.getByText("Vanlig", { exact: true })).toBeVisible();
  await expect(realism).toContainText(/vanlig for klikk og kommentarer \(Facebook\): \+30\s%\spå 6 måneder/);

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
  await expect(cell(manager, "Facebook", "Følgere", "actual")).toHaveText(/^\d+(,\d)?\s%Målt på Følgere$/);

  // The engagement benchmark has no default: removing it leaves the metric without one.
  await manager.getByRole("button", { name: "Fjern referansetallet for Facebook – Klikk og kommentarer" }).click();
  await manager.getByRole("alertdialog").getByRole("button", { name: "Fjern" }).click();
  await expect(manager.getByText("Referansetallet er fjernet.")).toBeVisible();
  await expect(rowOf(manager, "Facebook", "Klikk og kommentarer")).toHaveCount(0);
});
