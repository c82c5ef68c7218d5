import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Real HTTP as a browser sends it. Sign-in goes through next-auth's own
 * endpoints (CSRF token, then the credentials callback), as its signIn() does.
 * Server actions are posted the way React's client posts them: to the page's
 * URL with the action's id in the `Next-Action` header and the arguments
 * encoded by encodeReply (argument 0 the previous form state, argument 1 the
 * form's FormData, its fields prefixed "_1_"). The answer is the RSC stream
 * carrying the action's return value, or a redirect in `x-action-redirect`.
 */

export type ActionIds = Record<
  "updateGoalAction" | "addNoteAction" | "scheduleMeetingAction" | "startMeetingAction" | "closeMeetingAction",
  string
>;

/**
 * The ids the server routes actions by, from the build's own table
 * (.next/server/server-reference-manifest.json). A browser gets the same ids
 * from the page's client JavaScript; reading the table avoids scraping
 * minified chunks and fails loudly if an action is renamed.
 */
export function actionIds(root: string): ActionIds {
  const find = (file: string, name: string) => actionId(root, file, name);
  return {
    updateGoalAction: find("app/[org]/goals/actions.ts", "updateGoalAction"),
    addNoteAction: find("app/[org]/reviews/actions.ts", "addNoteAction"),
    scheduleMeetingAction: find("app/[org]/reviews/actions.ts", "scheduleMeetingAction"),
    startMeetingAction: find("app/[org]/reviews/actions.ts", "startMeetingAction"),
    closeMeetingAction: find("app/[org]/reviews/actions.ts", "closeMeetingAction"),
  };
}

/** One action's id from the build's table (see actionIds). */
export function actionId(root: string, file: string, name: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const hit = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === name);
  if (!hit) throw new Error(`action ${name} of ${file} not in the build's manifest`);
  return hit[0];
}

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** Signs in with e-mail and password; the session cookie. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/` }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("authjs.session-token=") || c.startsWith("__Secure-authjs.session-token="));
  if (!session) throw new Error(`sign-in failed for ${email}: ${res.status} ${res.headers.get("location")}`);
  return session;
}

export type ActionOutcome =
  | { kind: "ok"; data: unknown }
  | { kind: "error"; error: string }
  | { kind: "redirect"; location: string }
  | { kind: "failed"; detail: string };

/** Posts a server action as React's client does; what it answered. */
export async function callAction(
  base: string,
  page: string,
  actionId: string,
  cookie: string,
  fields: Record<string, string>,
): Promise<ActionOutcome> {
  const body = new FormData();
  // encodeReply's FormData reference: part "$K1", its fields under "_1_<name>" (React 19.2, bundled by
  // Next 16); the root row "0" comes last, as the server resolves it as soon as it arrives.
  for (const [k, v] of Object.entries(fields)) body.append(`_1_${k}`, v);
  body.append("0", JSON.stringify(["$undefined", "$K1"]));
  let res: Response;
  try {
    res = await fetch(`${base}${page}`, {
      method: "POST",
      redirect: "manual",
      headers: { accept: "text/x-component", "next-action": actionId, cookie, origin: base },
      body,
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    return { kind: "failed", detail: String(error) };
  }
  const redirect = res.headers.get("x-action-redirect");
  const text = await res.text().catch(() => "");
  if (redirect) return { kind: "redirect", location: redirect.split(";")[0]! };
  if (res.status !== 200) return { kind: "failed", detail: `HTTP ${res.status}: ${text.slice(0, 200)}` };
  // The return value is one row of the RSC stream: `<id>:{"ok":…}`.
  for (const line of text.split("\n")) {
    const json = line.slice(line.indexOf(":") + 1);
    if (!json.startsWith('{"ok":')) continue;
    const value = JSON.parse(json) as { ok: boolean; data?: unknown; error?: string };
    return value.ok ? { kind: "ok", data: value.data } : { kind: "error", error: value.error ?? "unknown" };
  }
  return { kind: "failed", detail: `no action result in: ${text.slice(0, 200)}` };
}

/** A page's HTML as the signed-in person sees it. */
export async function getPage(base: string, page: string, cookie: string): Promise<string> {
  const res = await fetch(`${base}${page}`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`GET ${page}: ${res.status}`);
  return res.text();
}

export async function postMeasurements(base: string, token: string, items: unknown[]): Promise<{ status: number; body: string }> {
  try {
    const res = await fetch(`${base}/api/v1/measurements`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(items),
      signal: AbortSignal.timeout(60_000),
    });
    return { status: res.status, body: await res.text() };
  } catch (error) {
    return { status: 0, body: String(error) };
  }
}
