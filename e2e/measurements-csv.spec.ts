import { readFile } from "node:fs/promises";
import { expect, signUp, test, uniqueEmail } from "./fixtures";

test.use({ locale: "nb-NO", acceptDownloads: true });

// As Norwegian Excel saves a sheet: semicolons, decimal commas, dd.mm.yyyy, bokmål headers and names.
const csv = (rows: string[]) => ({
  name: "maalinger.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(`\uFEFFDato;Kanal;Måltall;Verdi;Notat\r\n${rows.join("\r\n")}\r\n`),
});

test("an owner previews a CSV file with a problem, imports a clean one, sees a correction as before → after and downloads the export", async ({
  page,
}, testInfo) => {
  const slug = await signUp(page, { name: "Kari Eier", email: uniqueEmail("csv"), organization: "Kafeen i Trondheim" });
  await page.goto(`/${slug}/measurements`);
  const importing = page.getByRole("region", { name: "Importer fra CSV" });

  // A file with a metric Instagram does not have: the preview names the line, and nothing can be imported.
  await importing
    .getByLabel("CSV-fil")
    .setInputFiles(
      csv(["01.09.2025;Instagram;Følgere;1 200;", "02.09.2025;Instagram;Følgere;1 210;", "03.09.2025;Instagram;Likerklikk;5;"]),
    );
  await importing.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(importing.getByText("3 rader i filen: 2 gyldige, 1 problem.")).toBeVisible();
  const problems = importing.getByRole("table", { name: "Problemer i filen" });
  await expect(problems.getByRole("row")).toHaveCount(2);
  await expect(problems.getByRole("row").nth(1).getByRole("cell").first()).toHaveText("4");
  await expect(problems.getByRole("row").nth(1)).toContainText("Kanalen «Instagram» har ikke måltallet «Likerklikk».");
  await expect(importing.getByRole("button", { name: /^Importer/ })).toHaveCount(0);
  await expect(importing.getByText(/Ingenting lagres før hele filen er gyldig/)).toBeVisible();

  // A clean file: the sample shows the numbers as read, then the import runs.
  await importing
    .getByLabel("CSV-fil")
    .setInputFiles(
      csv([
        "01.09.2025;Instagram;Følgere;1 200;",
        "02.09.2025;instagram;followers;1 210;Etter kampanje",
        "03.09.2025;E-postmarkedsføring;Åpningsrate;27,25;",
      ]),
    );
  await importing.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(importing.getByText("3 rader i filen: 3 gyldige, 0 problemer.")).toBeVisible();
  const sample = importing.getByRole("table", { name: "De første radene" });
  await expect(sample.getByRole("row").nth(2)).toContainText(/Instagram.*Følgere.*1\s210.*Etter kampanje/);
  await importing.getByRole("button", { name: "Importer 3 rader" }).click();
  await expect(importing.getByText("Importen er ferdig: 3 nye verdier og 0 korrigeringer.")).toBeVisible();

  // A file correcting a value: the preview says which, from what to what, before anything is saved.
  await importing.getByLabel("CSV-fil").setInputFiles(csv(["01.09.2025;Instagram;Følgere;1 250;", "04.09.2025;Instagram;Følgere;1 230;"]));
  await importing.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  const changes = importing.getByRole("region", { name: "Verdier som endres" });
  await expect(changes.getByRole("listitem")).toHaveText([/^1\. sep\. 2025: 1\s200 → 1\s250 \(Følgere, Instagram\)$/]);
  // The preview region, not the full page: at 390 px the import section's page is 478 px wide (to look into; see the report).
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const path = testInfo.outputPath(`csv-changes-nb-${width}.png`);
    await importing.screenshot({ path });
    await testInfo.attach(`csv-changes-nb-${width}`, { path, contentType: "image/png" });
  }

  // The export has the values with decimal commas, and imports back as it is.
  const exporting = page.getByRole("region", { name: "Eksporter til CSV" });
  const download = page.waitForEvent("download");
  await exporting.getByRole("link", { name: "Last ned CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^maalbar-maalinger-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile(await file.path(), "utf8");
  expect(text.split("\r\n")).toEqual([
    "\uFEFFdate;channel;metric;value;note",
    "2025-09-01;instagram;followers;1200;",
    "2025-09-02;instagram;followers;1210;Etter kampanje",
    "2025-09-03;email;open_rate;27,25;",
    "",
  ]);
});
