import { createFollowersGoal, expect, isoDay, signUp, submit, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO" });

const nbDate = (iso: string) => new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(iso));
const nbNumber = (n: number) => new Intl.NumberFormat("nb-NO").format(n);

test("a goal's trend chart shows its measurements, follows the range switch, and leads to the channel page", async ({ page }) => {
  const slug = await signUp(page, { name: "Kari Kake", email: uniqueEmail("graf"), organization: "Kakebua i Bodø" });
  const title = "Flere følgere på Facebook";
  await createFollowersGoal(page, slug, title, "Facebook");

  // Two measurements on different dates, one of them more than three months ago.
  const old = isoDay(-100);
  const recent = isoDay(-10);
  for (const [date, value] of [[old, 1210], [recent, 1250]] as const) {
    await page.getByLabel("Verdi (Antall)").fill(String(value));
    await page.getByLabel("Dato", { exact: true }).fill(date);
    await submit(page, "Lagre måling");
    await expect(page.getByRole("table", { name: "Siste målinger" }).getByRole("row", { name: `${nbDate(date)} ${nbNumber(value)}` })).toBeVisible();
  }

  const card = page.getByRole("region", { name: "Utvikling" });
  await expect(card.locator("canvas")).toBeVisible();
  await expect(card.getByRole("img", { name: /^Linjediagram fra .*2 målinger i perioden, siste 1\s250/ })).toBeVisible();
  await expect(card.getByText("Veien til målet")).toBeVisible();
  await expect(card.getByText("Referansetempo (15 % per 6 mnd)")).toBeVisible();

  // The table alternative holds both values, formatted, with their dates.
  await card.getByText("Vis som tabell").click();
  const table = card.getByRole("table");
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: `${nbDate(old)} ${nbNumber(1210)}` })).toBeVisible();
  await expect(table.getByRole("row", { name: `${nbDate(recent)} ${nbNumber(1250)}` })).toBeVisible();

  // Three months leaves out the measurement from a hundred days ago.
  const chartAnswered = page.waitForResponse((r) => r.url().includes("/chart?range=3m") && r.status() === 200);
  // A click on the segment, as a person would; the radio input itself is visually hidden.
  await card.getByText("3 mnd", { exact: true }).click();
  await chartAnswered;
  await expect(card.getByRole("radio", { name: "3 mnd" })).toBeChecked();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row", { name: `${nbDate(recent)} ${nbNumber(1250)}` })).toBeVisible();
  await expect(card.getByRole("img", { name: /1 måling i perioden/ })).toBeVisible();

  // The channel page: its benchmark, the metric with its latest value and sparkline, the goal.
  await card.getByRole("link", { name: "Alle måltall for Facebook" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Facebook" })).toBeVisible();
  await expect(page.getByText("Flere følgere og mer engasjement")).toBeVisible();
  const metrics = page.getByRole("region", { name: "Måltall" });
  await expect(metrics.getByRole("heading", { level: 3, name: "Følgere" })).toBeVisible();
  await expect(metrics.getByText(nbNumber(1250), { exact: true })).toBeVisible();
  await expect(metrics.getByRole("img", { name: `Følgere, siste 6 måneder: 2 målinger, fra ${nbNumber(1210)} til ${nbNumber(1250)}.` })).toBeVisible();
  await metrics.getByRole("button", { name: "Registrer Følgere" }).click();
  await expect(metrics.getByLabel("Verdi (Antall)")).toBeVisible();
  await expect(page.getByRole("region", { name: "Mål i kanalen" }).getByRole("link", { name: title })).toBeVisible();

  // An unknown channel is a 404.
  expect((await page.goto(`/${slug}/channels/finnes-ikke`))?.status()).toBe(404);
});
