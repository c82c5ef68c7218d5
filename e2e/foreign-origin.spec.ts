import { expect, signUp, submit, test, uniqueEmail } from "./fixtures";
import { interceptAction, replayAction } from "./replay";

test.use({ locale: "nb-NO" });

const EVIL = "https://evil.example";

test("a state-changing request sent from another origin is refused and writes nothing", async ({ page, baseURL }) => {
  const own = new URL(baseURL!).origin;
  const slug = await signUp(page, { name: "Siri Sjokolade", email: uniqueEmail("origin"), organization: "Sjokoladefabrikken i Bergen" });
  const exported = async () =>
    (await (await page.request.get(`/api/orgs/${slug}/measurements/export`)).text()).trim().split("\r\n").slice(1);

  // A real server action POST (recording a measurement), held back before it reaches the server.
  await page.goto(`/${slug}/channels/instagram`);
  await page.getByRole("button", { name: "Registrer Følgere" }).click();
  await page.getByLabel("Verdi (Antall)").fill("4321");
  const record = await interceptAction(page, () => page.getByRole("button", { name: "Lagre måling" }).click());
  expect(record.headers.origin).toBe(own);
  expect(await exported()).toEqual([]);

  // Replayed with the victim's cookie but another site's Origin: Next's own check (Origin against Host) refuses it.
  const forged = await replayAction(page.request, record, EVIL);
  expect(forged.status).toBe(500);
  expect(forged.body).not.toContain('"ok":true');
  expect(await exported()).toEqual([]);
  // Another port of the same host is the same site (SameSite=Lax sends the cookie along) but another origin: refused too.
  expect((await replayAction(page.request, record, own.replace(/:\d+$/, ":1"))).status).toBe(500);
  expect(await exported()).toEqual([]);

  // The very same bytes from the app's own origin go through: the replay is a faithful one.
  const genuine = await replayAction(page.request, record, own);
  expect(genuine.status).toBe(200);
  expect(genuine.body).toContain('"ok":true');
  expect(await exported()).toEqual([expect.stringMatching(/;instagram;followers;4321;$/)]);

  // The CSV import route handler, which Next does not check: proxy.ts does.
  const csv = "\uFEFFDato;Kanal;Måltall;Verdi;Notat\r\n01.09.2025;Instagram;Følgere;1 200;\r\n";
  const importUrl = `/api/orgs/${slug}/measurements/import?mode=commit`;
  const refused = await page.request.post(importUrl, { headers: { origin: EVIL, "content-type": "text/csv" }, data: csv });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: "errors.forbiddenOrigin" });
  expect(await exported()).toHaveLength(1);
  const imported = await page.request.post(importUrl, { headers: { origin: own, "content-type": "text/csv" }, data: csv });
  expect(imported.status()).toBe(200);
  expect(await imported.text()).toContain('"type":"done"');
  expect(await exported()).toHaveLength(2);

  // The bearer-token API is exempt by design: it never reads the cookie, so a forged request carries no authority.
  await page.goto(`/${slug}/measurements/api`);
  await page.getByLabel("Navn", { exact: true }).fill("Regnearket");
  await submit(page, "Lag nøkkel");
  const token = await page.getByRole("textbox", { name: "Ny API-nøkkel" }).inputValue();
  const withToken = await page.request.post("/api/v1/measurements", {
    headers: { origin: EVIL, authorization: `Bearer ${token}` },
    data: { channel: "instagram", metric: "followers", date: "2025-09-02", value: 1210 },
  });
  expect(withToken.status()).toBe(201);
  // …and the cookie alone opens nothing there.
  const cookieOnly = await page.request.post("/api/v1/measurements", {
    headers: { origin: EVIL },
    data: { channel: "instagram", metric: "followers", date: "2025-09-03", value: 1 },
  });
  expect(cookieOnly.status()).toBe(401);
  expect(await exported()).toHaveLength(3);
});
