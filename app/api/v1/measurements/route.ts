import { errorResponse } from "@/lib/auth/route";
import { ingestMeasurements, parseSeriesQuery, readSeries } from "@/lib/data/measurements";
import { authenticateToken } from "@/lib/data/team";
import { can } from "@/lib/domain/permissions";
import type { TenantContext } from "@/lib/data/context";
import { todayIn } from "@/lib/format";

export const dynamic = "force-dynamic";

/** 1 MiB: room for 1,000 items with notes, small enough to read into memory. */
const MAX_BODY_BYTES = 1_048_576;
const TOKEN_HEADER = /^Bearer +(mb_[A-Za-z0-9_-]{43})$/i;
const NO_STORE = { "cache-control": "no-store" };

function json(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

// The same answer for a missing, malformed, unknown or revoked token: a caller learns nothing about which.
const unauthorized = () => json({ error: "unauthorized" }, 401, { "WWW-Authenticate": 'Bearer realm="maalbar"' });

/** The bearer token is the only credential here; cookies are never read. */
async function caller(request: Request): Promise<{ ctx: TenantContext; today: string; tokenName: string } | null> {
  const token = TOKEN_HEADER.exec(request.headers.get("authorization") ?? "")?.[1];
  const auth = token ? await authenticateToken(token) : null;
  // A token acts with its creator's current role: one who no longer may use tokens makes it answer like a revoked one.
  if (!auth || !can(auth.role, "apiToken.use")) return null;
  return { ctx: { orgId: auth.orgId, userId: auth.userId, role: auth.role }, today: todayIn(auth.timeZone), tokenName: auth.tokenName };
}

/** The body as text, or null when it is over the limit (declared or actually sent). */
async function readBody(request: Request): Promise<string | null> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** Records one measurement or an array of up to 1,000: all of them, or none with every problem named. */
export async function POST(request: Request): Promise<Response> {
  try {
    const who = await caller(request);
    if (!who) return unauthorized();
    const text = await readBody(request);
    if (text === null) return json({ error: "payloadTooLarge", items: [] }, 413);
    const body = parseJson(text);
    if (!body.ok) return json({ error: "invalidJson", items: [] }, 400);
    const outcome = await ingestMeasurements(who.ctx, body.value, who.today, who.tokenName);
    return outcome.ok ? json(outcome.result, 201) : json({ error: outcome.error, items: outcome.items }, 400);
  } catch (error) {
    return errorResponse(error);
  }
}

/** One series of the token's organization between two dates (the last 365 days by default). */
export async function GET(request: Request): Promise<Response> {
  try {
    const who = await caller(request);
    if (!who) return unauthorized();
    const parsed = parseSeriesQuery(new URL(request.url).searchParams, who.today);
    if (!parsed.ok) return json({ error: "invalidQuery", fields: parsed.fields }, 400);
    const series = await readSeries(who.ctx, parsed.query);
    return series ? json(series, 200) : json({ error: "notFound" }, 404);
  } catch (error) {
    return errorResponse(error);
  }
}
