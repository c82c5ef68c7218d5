import { expect, signUp, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO" });

/** Three thousand daily values of Instagram followers, with notes long enough to make a file of about 600 KB. */
function bigCsv(): { name: string; mimeType: string; buffer: Buffer } {
  const rows: string[] = [];
  const start = Date.UTC(2018, 0, 1);
  for (let i = 0; i < 3000; i += 1) {
    const date = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    rows.push(`${date};Instagram;Følgere;${1000 + i};Dag ${i} ${"med notat fra kampanjen ".repeat(6)}`);
  }
  return { name: "stor.csv", mimeType: "text/csv", buffer: Buffer.from(`Dato;Kanal;Måltall;Verdi;Notat\r\n${rows.join("\r\n")}\r\n`) };
}

/** Every value (and its text) a progress bar shows, sampled until it is gone. */
async function watch(page: import("@playwright/test").Page, name: string): Promise<{ now: number; text: string }[]> {
  return page.evaluate(
    (label) =>
      new Promise<{ now: number; text: string }[]>((resolve) => {
        const seen: { now: number; text: string }[] = [];
        const timer = setInterval(() => {
          const bar = document.querySelector(`[role="progressbar"][aria-label="${label}"]`);
          if (bar) seen.push({ now: Number(bar.getAttribute("aria-valuenow")), text: bar.getAttribute("aria-valuetext") ?? "" });
          else if (seen.length) {
            clearInterval(timer);
            resolve(seen);
          }
        }, 20);
        setTimeout(() => {
          clearInterval(timer);
          resolve(seen);
        }, 60_000);
      }),
    name,
  );
}

test("a big CSV file shows how much of it has been uploaded, then how many rows are saved", async ({ page }) => {
  test.setTimeout(120_000);
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("stor-csv"), organization: "Nettbutikk for klær" });
  await page.goto(`/${slug}/measurements`);
  const importing = page.getByRole("region", { name: "Importer fra CSV" });
  await importing.getByLabel("CSV-fil").setInputFiles(bigCsv());

  // A slow uplink (200 KB/s), so the upload takes a few seconds.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 20, downloadThroughput: -1, uploadThroughput: 200 * 1024 });

  const previewUpload = watch(page, "Opplasting av filen");
  await importing.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  const seen = await previewUpload;
  // Real progress: several readings on the way, rising, between nothing and all, said in words too.
  const values = seen.map((s) => s.now);
  expect(values.filter((v) => v > 0 && v < 100).length).toBeGreaterThan(1);
  expect(values).toEqual([...values].sort((a, b) => a - b));
  expect(seen.at(-1)!.text).toMatch(/^Laster opp filen: \d+(,\d)?\s% \(\d+\skB av \d+\skB\)$/);
  await expect(importing.getByText(/^3\s000 rader i filen: 3\s000 gyldige, 0 problemer\.$/)).toBeVisible();

  const commitUpload = watch(page, "Opplasting av filen");
  await importing.getByRole("button", { name: /^Importer 3\s000 rader$/ }).click();
  expect((await commitUpload).filter((s) => s.now > 0 && s.now < 100).length).toBeGreaterThan(1);
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await expect(importing.getByText(/^Importen er ferdig: 3\s000 nye verdier og 0 korrigeringer\.$/)).toBeVisible({ timeout: 60_000 });
});
