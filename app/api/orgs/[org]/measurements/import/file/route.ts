import { ndjsonStream } from "@/lib/http/ndjson";
import { readFile } from "node:fs/promises";
import { errorResponse, orgRoute } from "@/lib/auth/route";
import type { TenantContext } from "@/lib/data/context";
import { spoolUpload, uploadBody, UploadIncompleteError, UploadTooLargeError } from "@/lib/data/csv";
import { commitFileImport, FileImportError, type ImportPlan, importPlanSchema, previewFileImport } from "@/lib/data/imports";
import { readRows, type Rows } from "@/lib/domain/import";
import { errorMessageKey, isKnownError, ValidationError } from "@/lib/errors";
import { todayIn } from "@/lib/format";
import { log } from "@/lib/log";
import { MAX_UPLOAD_BYTES } from "@/lib/security/body-limits.mjs";

export const dynamic = "force-dynamic";

const refuse = (key: string, reason: string, status = 400) => Response.json({ error: key, reason }, { status });

/** The plan the preview's choices make, from the `plan` query parameter (JSON). */
function planOf(url: URL): ImportPlan | Response {
  const text = url.searchParams.get("plan");
  if (!text) return { channels: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse("import.errors.badPlan", "plan must be JSON");
  }
  const parsed = importPlanSchema.safeParse(raw);
  return parsed.success
    ? parsed.data
    : refuse("import.errors.badPlan", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
}

/** The commit's outcome as NDJSON lines: progress after each batch, then done or error (as the CSV import route answers). */
function commitStream(ctx: TenantContext, rows: Rows, fileName: string, plan: ImportPlan, today: string): ReadableStream<Uint8Array> {
  return ndjsonStream(
    (progress) => commitFileImport(ctx, rows, fileName, plan, today, progress),
    (error) => {
      if (error instanceof FileImportError) return { type: "error", ...error.problem };
      if (!isKnownError(error)) log.error({ err: error }, "file import failed");
      return { type: "error", messageKey: errorMessageKey(error) };
    },
  );
}

/**
 * POST a platform's own download (or any spreadsheet) as the body, its name in
 * `?name=`. `?mode=preview` answers what was found, the proposed channels and
 * the series per week, writing nothing; `?mode=commit&plan=` imports it with
 * the confirmed channels in one transaction and streams progress. Members and
 * up may import, as with the CSV import; the same 20 MB limit and length check.
 */
export const POST = orgRoute("measurement.record", async ({ ctx, org }, request) => {
  const url = new URL(request.url);
  const mode = url.searchParams.get("mode");
  if (mode !== "preview" && mode !== "commit") {
    return errorResponse(new ValidationError({ mode: ["measurements.import.errors.badMode"] }, "measurements.import.errors.badMode"), {
      reason: "mode must be preview or commit",
    });
  }
  const plan = planOf(url);
  if (plan instanceof Response) return plan;
  const fileName = (url.searchParams.get("name") ?? "").slice(0, 200) || "import.csv";
  const tooLarge = () =>
    refuse(
      "measurements.import.errors.tooLarge",
      `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it into smaller files.`,
      413,
    );
  const body = uploadBody(request, MAX_UPLOAD_BYTES);
  if (body === "tooLarge") return tooLarge();
  if (body === "noBody") return refuse("measurements.import.errors.noFile", "the request body must be the file");
  let upload: Awaited<ReturnType<typeof spoolUpload>>;
  try {
    upload = await spoolUpload(body);
  } catch (error) {
    if (error instanceof UploadTooLargeError) return tooLarge();
    if (error instanceof UploadIncompleteError)
      return refuse(
        "measurements.import.errors.incomplete",
        `Received ${error.received} of the ${error.declared} bytes declared; nothing was imported.`,
      );
    throw error;
  }
  let rows: Rows;
  try {
    rows = await readRows(new Uint8Array(await readFile(upload.file)), fileName);
  } catch (error) {
    // A file no reader can open (a broken .xlsx, a binary renamed .csv) is the sender's problem, not a 500.
    log.warn({ err: error, fileName }, "import file unreadable");
    return refuse("import.problems.unreadable", "the file could not be read as a spreadsheet or CSV", 422);
  } finally {
    await upload.remove().catch(() => undefined);
  }
  const today = todayIn(org.timeZone);
  if (mode === "preview")
    return Response.json(await previewFileImport(ctx, rows, fileName, plan, today), { headers: { "cache-control": "no-store" } });
  return new Response(commitStream(ctx, rows, fileName, plan, today), {
    headers: {
      "content-type": "application/x-ndjson; charset=utf-8",
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
      "x-content-type-options": "nosniff",
    },
  });
});
