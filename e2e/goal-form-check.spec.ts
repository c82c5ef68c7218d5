import { expect, logInToDemo, test } from "./fixtures";

test.use({ locale: "nb-NO" });

/**
 * The goal form opens with the SMART check the server drew, the realism
 * verdict built on the metric's history included, so nothing is asked for
 * as the page opens; the check's own code comes once the person starts
 * changing the form, and from then on the check follows what they type.
 */
test("the goal form opens with the server's check and checks itself once the person changes it", async ({ page }) => {
  await logInToDemo(page);
  await page.goto("/bakeriet/goals");
  // The list streams in after the page's head: wait for a goal's edit link.
  const editLink = page.locator('main a[href^="/bakeriet/goals/"][href$="/edit"]').first();
  await expect(editLink).toBeVisible();
  const editUrl = (await editLink.getAttribute("href"))!;
  expect(editUrl).toMatch(/^\/bakeriet\/goals\/[0-9a-f-]{36}\/edit$/);

  // The page as the server sends it already holds the verdict and the five letters.
  const html = await (await page.request.get(editUrl)).text();
  expect(html).toContain('data-testid="realism"');
  expect(html).toContain("SMART-sjekk");

  const actions: string[] = [];
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) actions.push(r.url());
    if (r.resourceType() === "script") scripts.push(r.url());
  });
  await page.goto(editUrl);
  const realism = page.getByTestId("realism");
  await expect(realism).toBeVisible();
  await page.waitForLoadState("networkidle");
  // The metric's history came with the page: the form asked the server for nothing.
  expect(actions).toEqual([]);
  const loadedWithPage = scripts.length;

  // A target far past anything the bakery has done: the verdict follows the typing.
  const target = page.getByLabel("Målverdi", { exact: true });
  await target.fill("99999999");
  await expect(realism).toContainText("Urealistisk");
  await expect(page.getByLabel("Hvorfor tror dere målet kan nås?")).toBeVisible();
  // The check's code came with the change, not with the page.
  expect(scripts.length).toBeGreaterThan(loadedWithPage);
  expect(actions).toEqual([]);
});
