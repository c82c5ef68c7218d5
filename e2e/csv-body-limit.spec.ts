import { expect, signUp, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO" });

const MB = 1024 * 1024;
// A note may hold at most 1000 characters (lib/domain/measurements.ts); these are under 980.
const note = (i: number) => `Dag ${String(i).padStart(4, "0")} ${"notat fra kampanjen ".repeat(48)}`;
const LAST_NOTE = `${note(5999)}SLUTT`;

/**
 * Twelve thousand values (Instagram and Facebook followers, 6 000 days from
 * 2005) whose notes make a file of about 12 MB: above the 10 MB Next buffers
 * for proxy.ts by default, below the import's 20 MB. The last Instagram
 * row's note ends with a marker, so a cut body shows.
 */
function twelveMegabytes(): { name: string; mimeType: string; buffer: Buffer } {
  const rows: string[] = [];
  const start = Date.UTC(2005, 0, 1);
  for (let i = 0; i < 6000; i += 1) {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    rows.push(`${date};Facebook;Følgere;${2000 + i};${note(i)}`);
    rows.push(`${date};Instagram;Følgere;${1000 + i};${i === 5999 ? LAST_NOTE : note(i)}`);
  }
  return { name: "tolv-mb.csv", mimeType: "text/csv", buffer: Buffer.from(`Dato;Kanal;Måltall;Verdi;Notat\r\n${rows.join("\r\n")}\r\n`) };
}

test("a 12 MB CSV file is imported whole: preview and import agree, the last note is intact", async ({ page }) => {
  test.setTimeout(180_000);
  const file = twelveMegabytes();
  expect(file.buffer.byteLength).toBeGreaterThan(11.5 * MB);
  expect(file.buffer.byteLength).toBeLessThan(20 * MB);
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("tolv-mb"), organization: "Stor fil AS" });
  await page.goto(`/${slug}/measurements`);
  const importing = page.getByRole("region", { name: "Importer fra CSV" });
  await importing.getByLabel("CSV-fil").setInputFiles(file);

  await importing.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(importing.getByText(/^12\s000 rader i filen: 12\s000 gyldige, 0 problemer\.$/)).toBeVisible({ timeout: 60_000 });
  await importing.getByRole("button", { name: /^Importer 12\s000 rader$/ }).click();
  await expect(importing.getByText(/^Importen er ferdig: 12\s000 nye verdier og 0 korrigeringer\.$/)).toBeVisible({ timeout: 90_000 });

  const exported = await page.request.get(`/api/orgs/${slug}/measurements/export?channel=instagram&metric=followers`);
  expect(exported.status()).toBe(200);
  const text = await exported.text();
  expect(text).toContain(LAST_NOTE);
  expect(text.trim().split("\r\n")).toHaveLength(6001);
});

test("a CSV file over 20 MB is refused with a clear message, and nothing is imported", async ({ page }) => {
  test.setTimeout(120_000);
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("for-stor"), organization: "For stor fil AS" });
  await page.goto(`/${slug}/measurements`);
  const importing = page.getByRole("region", { name: "Importer fra CSV" });
  const row = `2026-01-01;Instagram;Følgere;1;${"x".repeat(50_000)}\r\n`;
  const buffer = Buffer.from(`Dato;Kanal;Måltall;Verdi;Notat\r\n${row.repeat(Math.ceil((21 * MB) / row.length))}`);
  await importing.getByLabel("CSV-fil").setInputFiles({ name: "for-stor.csv", mimeType: "text/csv", buffer });

  const answer = page.waitForResponse((r) => r.url().includes("/measurements/import?mode=preview"));
  await importing.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  expect((await answer).status()).toBe(413);
  await expect(importing.getByText("Filen er større enn 20 MB. Del den opp i mindre filer.")).toBeVisible();
  const exported = await page.request.get(`/api/orgs/${slug}/measurements/export`);
  expect((await exported.text()).trim().split("\r\n")).toHaveLength(1);
});
