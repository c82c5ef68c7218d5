import { createFollowersGoal, expect, isoDay, signUp, submit, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO" });

const nbDate = (iso: string) =>
  new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(iso));
const nbNumber = (n: number) => new Intl.NumberFormat("nb-NO").format(n);
/** The Monday of an ISO date's week: the chart shows one point per week (the organization's default), on its Monday. */
const monday = (iso: string) => new Date(Date.parse(iso) - ((new Date(iso).getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);

test("a goal's trend chart shows its measurements, follows the range switch, and leads to the channel page", async ({ page }) => {
  const slug = await signUp(page, { name: "Kari Kake", email: uniqueEmail("graf"), organization: "Kakebua i Bodø" });
  const title = "Flere følgere på Facebook";
  await createFollowersGoal(page, slug, title, "Facebook");

  // Two measurements on different dates, one of them more than three months ago.
  const old = isoDay(-100);
  const recent = isoDay(-10);
  for (const [date, value] of [
    [old, 1210],
    [recent, 1250],
  ] as const) {
    await page.getByLabel("Verdi (Antall)").fill(String(value));
    await page.getByLabel("Dato", { exact: true }).fill(date);
    await submit(page, "Lagre måling");
    await expect(
      page.getByRole("table", { name: "Siste målinger" }).getByRole("row", { name: `${nbDate(date)} ${nbNumber(value)}` }),
    ).toBeVisible();
  }

  const card = page.getByRole("region", { name: "Utvikling" });
  await expect(card.locator("canvas")).toBeVisible();
  await expect(card.getByRole("img", { name: /^Linjediagram fra .*2 målinger i perioden, siste 1\s250.* per uke/ })).toBeVisible();
  await expect(card.getByText("Veien til målet")).toBeVisible();
  await expect(card.getByText("Referansetempo (opp 15 % per 6 mnd)")).toBeVisible();

  // The table alternative holds both values, formatted, each on its week's Monday.
  await card.getByText("Vis som tabell").click();
  const table = card.getByRole("table");
  await expect(table.getByRole("columnheader", { name: "Uke fra" })).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(3);
  await expect(table.getByRole("row", { name: `${nbDate(monday(old))} ${nbNumber(1210)}` })).toBeVisible();
  await expect(table.getByRole("row", { name: `${nbDate(monday(recent))} ${nbNumber(1250)}` })).toBeVisible();

  // Three months leaves out the measurement from a hundred days ago.
  const chartAnswered = page.waitForResponse((r) => r.url().includes("/chart?range=3m") && r.status() === 200);
  // A click on the segment, as a person would; the radio input itself is visually hidden.
  await card.getByText("3 mnd", { exact: true }).click();
  await chartAnswered;
  await expect(card.getByRole("radio", { name: "3 mnd" })).toBeChecked();
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.getByRole("row", { name: `${nbDate(monday(recent))} ${nbNumber(1250)}` })).toBeVisible();
  await expect(card.getByRole("img", { name: /1 måling i perioden/ })).toBeVisible();

  // The channel page: its benchmark, the metric with its latest value and sparkline, the goal.
  await card.getByRole("link", { name: "Alle måltall for Facebook" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Facebook" })).toBeVisible();
  await expect(page.getByText("Flere følgere og mer engasjement")).toBeVisible();
  const metrics = page.getByRole("region", { name: "Måltall" });
  await expect(metrics.getByRole("heading", { level: 3, name: "Følgere" })).toBeVisible();
  await expect(metrics.getByText(nbNumber(1250), { exact: true })).toBeVisible();
  await expect(
    metrics.getByRole("img", { name: `Følgere, siste 6 måneder per uke: 2 verdier, fra ${nbNumber(1210)} til ${nbNumber(1250)}.` }),
  ).toBeVisible();
  await metrics.getByRole("button", { name: "Registrer Følgere" }).click();
  await expect(metrics.getByLabel("Verdi (Antall)")).toBeVisible();
  await expect(page.getByRole("region", { name: "Mål i kanalen" }).getByRole("link", { name: title })).toBeVisible();

  // An unknown channel is a 404.
  expect((await page.goto(`/${slug}/channels/finnes-ikke`))?.status()).toBe(404);
});

test("a total is read per week: the current week is shown apart, marked 'so far', and the goal tracks the last complete week", async ({
  page,
}) => {
  const slug = await signUp(page, { name: "Per Post", email: uniqueEmail("uke"), organization: "Postbakeriet" });
  await page.goto(`/${slug}/goals/new`);
  await page.getByLabel("Tittel", { exact: true }).fill("Mer engasjement på Facebook");
  await page.getByLabel("Kanal", { exact: true }).selectOption({ label: "Facebook" });
  await page.getByLabel("Måltall (KPI)").selectOption({ label: "Klikk og kommentarer" });
  await page.getByLabel("Startverdi", { exact: true }).fill("100");
  await page.getByLabel("Målverdi", { exact: true }).fill("300");
  await page.getByLabel("Startdato", { exact: true }).fill(isoDay(-120));
  await page.getByLabel("Frist", { exact: true }).fill(isoDay(120));
  await page.getByRole("button", { name: "Lagre som utkast" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Mer engasjement på Facebook" })).toBeVisible();

  // Two days of last week (40 + 160 = 200) and today (70, this week so far).
  const lastMonday = monday(isoDay(-7));
  const today = isoDay(0);
  const lastTuesday = new Date(Date.parse(lastMonday) + 86_400_000).toISOString().slice(0, 10);
  for (const [date, value] of [
    [lastMonday, 40],
    [lastTuesday, 160],
    [today, 70],
  ] as const) {
    await page.getByLabel("Verdi (Antall)").fill(String(value));
    await page.getByLabel("Dato", { exact: true }).fill(date);
    await submit(page, "Lagre måling");
    await expect(
      page.getByRole("table", { name: "Siste målinger" }).getByRole("row", { name: `${nbDate(date)} ${nbNumber(value)}` }),
    ).toBeVisible();
  }
  // 200 of the way from 100 to 300: halfway, read from last week, not from today's 70.
  await expect(page.getByRole("progressbar", { name: /^Fremdrift for Mer engasjement på Facebook/ })).toHaveAttribute(
    "aria-valuenow",
    "50",
  );

  const card = page.getByRole("region", { name: "Utvikling" });
  await expect(card.getByRole("img", { name: /Denne uken så langt: 70, ikke ferdig ennå\./ })).toBeVisible();
  await expect(card.getByText("Denne uken så langt", { exact: true })).toBeVisible();
  await card.getByText("Vis som tabell").click();
  const table = card.getByRole("table");
  await expect(table.getByRole("row", { name: `${nbDate(lastMonday)} ${nbNumber(200)}` })).toBeVisible();
  await expect(table.getByRole("row", { name: `${nbDate(monday(today))} (så langt) ${nbNumber(70)}` })).toBeVisible();
});
