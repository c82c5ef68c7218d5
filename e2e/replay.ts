import type { APIRequestContext, Page, Request } from "@playwright/test";

/** A server action's POST exactly as the browser sent it, to send again later (from another session or origin). */
export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

// The headers that make the POST a server action call; cookies come from whoever replays it.
const KEEP = ["content-type", "accept", "next-action", "next-router-state-tree", "origin"];

function captured(request: Request): CapturedAction {
  const all = request.headers();
  return {
    url: request.url(),
    headers: Object.fromEntries(KEEP.filter((k) => all[k] !== undefined).map((k) => [k, all[k]!])),
    body: request.postDataBuffer() ?? Buffer.alloc(0),
  };
}

const isAction = (r: Request) => r.method() === "POST" && r.headers()["next-action"] !== undefined;

/** Runs `trigger` and records the server action POST it makes; the POST itself goes through. */
export async function captureAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  const request = page.waitForRequest(isAction);
  const response = page.waitForResponse((r) => isAction(r.request()));
  await trigger();
  const [req] = await Promise.all([request, response]);
  return captured(req);
}

/** Like captureAction, but the POST never reaches the server: nothing of it is written. */
export async function interceptAction(page: Page, trigger: () => Promise<void>): Promise<CapturedAction> {
  let found: CapturedAction | undefined;
  await page.route("**/*", async (route) => {
    if (!isAction(route.request())) return route.fallback();
    found = captured(route.request());
    await route.abort();
  });
  await trigger();
  for (let i = 0; i < 100 && !found; i++) await page.waitForTimeout(50);
  await page.unroute("**/*");
  if (!found) throw new Error("no server action was posted");
  return found;
}

/** Sends a captured action again with this request context's cookies; `origin` replaces the browser's Origin header. */
export async function replayAction(request: APIRequestContext, action: CapturedAction, origin?: string) {
  const headers = { ...action.headers, ...(origin ? { origin } : {}) };
  const response = await request.post(action.url, { headers, data: action.body, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}
