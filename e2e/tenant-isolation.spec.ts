import { randomUUID } from "node:crypto";
import type { APIRequestContext, Page } from "@playwright/test";
import nb from "../messages/nb.json";
import { expect, logInToDemo, signUp, test, uniqueEmail } from "./fixtures";

// Organization A is the demo bakery (seeded by the e2e server); B signs up
// fresh. B's session asks for A's pages and API answers under A's slug, and
// under B's own slug with A's ids: every answer must be the very 404 a
// made-up slug or id gets, with nothing of A's in it.
test.use({ locale: "nb-NO" });

const A = "bakeriet";
const CATALOG = JSON.stringify(nb);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

/** A's own paths with an id or key in them, and the texts only A has (titles, names), read as A's owner. */
async function harvest(page: Page): Promise<{ paths: string[]; secrets: string[] }> {
  const hrefs = async (path: string, pattern: RegExp) => {
    await page.goto(path);
    const all = await page
      .locator("a[href]")
      .evaluateAll((links) => links.map((l) => [l.getAttribute("href") ?? "", l.textContent?.trim() ?? ""]));
    return all.filter(([href]) => pattern.test(href!));
  };
  const goals = await hrefs(`/${A}/goals`, new RegExp(`^/${A}/goals/${UUID.source}$`));
  const meetings = await hrefs(`/${A}/reviews`, new RegExp(`^/${A}/reviews/${UUID.source}(/minutes)?$`));
  const channels = await hrefs(`/${A}/measurements`, new RegExp(`^/${A}/channels/[a-z0-9_-]+$`));
  expect(goals.length, "demo goals").toBeGreaterThan(0);
  expect(meetings.length, "demo meetings").toBeGreaterThan(0);
  const goalId = UUID.exec(goals[0]![0]!)![0];
  const meetingId = UUID.exec(meetings[0]![0]!)![0];
  const paths = [
    ...new Set([...goals, ...meetings, ...channels.slice(0, 2)].map(([href]) => href!)),
    `/${A}/goals/${goalId}/edit`,
    `/${A}/reviews/${meetingId}/minutes`,
    `/${A}`,
    `/${A}/team`,
    `/${A}/measurements/api`,
    `/api/orgs/${A}/goals/${goalId}/chart?range=all`,
    `/api/orgs/${A}/reviews/${meetingId}/activity`,
    `/api/orgs/${A}/reviews/${meetingId}/minutes`,
    `/api/orgs/${A}/measurements/export`,
  ];
  const titles = await headings(page, [...new Set([...goals, ...meetings].map(([href]) => href!))]);
  // The demo's people and a note from its closed meeting (scripts/demo/seed.ts, demo-review.ts).
  const candidates = [
    ...new Set([
      "Bakeriet i Oslo",
      "Kari Nordmann",
      "Ingrid Berg",
      "Ola Hansen",
      "Tre nye forespørsler kom via bestillingslenken",
      ...titles,
    ]),
  ];
  // The app's own words (the article's templates mention wedding cakes too) are on every page; A's are the rest.
  return { paths, secrets: candidates.filter((s) => !CATALOG.includes(s)) };
}

/** The h1 of each page: the goals' and meetings' own titles. */
async function headings(page: Page, paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    out.push((await page.getByRole("heading", { level: 1 }).innerText()).trim());
  }
  return out;
}

/** The answer's status and body, with the path's own slug and id (echoed in the page's data) and the CSP nonce made neutral. */
async function answer(request: APIRequestContext, path: string, vary: string[]) {
  const response = await request.get(path, { maxRedirects: 0 });
  let body = await response.text();
  const nonce = /nonce="([^"]+)"/.exec(body)?.[1];
  for (const v of [...vary, ...(nonce ? [nonce] : [])]) body = body.split(v).join("«varies»");
  // The document without its inline scripts: the streamed RSC payload chunks may
  // arrive in a different order from one render to the next; what is shown may not.
  // (The leak checks below read the whole body, scripts included.)
  const document = body.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
  return { status: response.status(), type: response.headers()["content-type"], document, body };
}

/** Two answers are the same when status, type and shown document are. */
const shown = ({ status, type, document }: Awaited<ReturnType<typeof answer>>) => ({ status, type, document });

test("another organization's pages and API answers are the same 404 as made-up ones, and show nothing of it", async ({ browser }) => {
  test.setTimeout(180_000);
  const a = await (await browser.newContext()).newPage();
  await logInToDemo(a, "eier");
  const { paths, secrets } = await harvest(a);

  const b = await (await browser.newContext()).newPage();
  const slugB = await signUp(b, { name: "Berit Annen", email: uniqueEmail("b"), organization: "Annen bedrift" });
  let checked = 0;
  for (const path of paths) {
    const made = `finnes-ikke-${randomUUID().slice(0, 8)}`;
    const foreign = await answer(b.request, path, [A]);
    expect(foreign.status, `${path} under A's slug`).toBe(404);
    expect(shown(foreign), `${path} under A's slug`).toEqual(shown(await answer(b.request, path.replace(`/${A}`, `/${made}`), [made])));

    // B's own slug with A's record id: like an id that does not exist. (Channel keys are the shared catalogue's: B has them too.)
    const id = UUID.exec(path)?.[0];
    if (id) {
      const mine = path.replace(`/${A}`, `/${slugB}`);
      const swapped = await answer(b.request, mine, [slugB, id]);
      expect(swapped.status, `${mine}`).toBe(404);
      const other = randomUUID();
      expect(shown(swapped), mine).toEqual(shown(await answer(b.request, mine.replace(id, other), [slugB, other])));
      for (const s of secrets) expect(swapped.body, `${mine} shows "${s}"`).not.toContain(s);
    }
    for (const s of secrets) expect(foreign.body, `${path} shows "${s}"`).not.toContain(s);
    checked++;
  }
  expect(checked).toBeGreaterThan(10);
  expect(secrets.length, "A's own texts to look for").toBeGreaterThan(3);

  // In the browser too: the not-found page, and none of A's words on screen.
  await b.goto(paths[0]!);
  await expect(b.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(b.getByText("404", { exact: true })).toBeVisible();
  const text = await b.locator("body").innerText();
  for (const s of secrets) expect(text).not.toContain(s);
});
