import { errorResponse, orgRoute } from "@/lib/auth/route";
import type { TenantContext } from "@/lib/data/context";
import { commitImport, CsvImportError, previewImport } from "@/lib/data/csv-import";
import { limitBytes, UploadTooLargeError } from "@/lib/data/csv-records";
import { problemKey } from "@/lib/domain/csv-rows";
import { errorMessageKey, isKnownError, ValidationError } from "@/lib/errors";
import { todayIn } from "@/lib/format";
import { log } from "@/lib/log";

export const dynamic = "force-dynamic";

/** The raw CSV file is the request body; 20 MB is about 400,000 rows, far beyond a small business's history. */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

function tooLarge(): Response {
  return Response.json(
    { error: problemKey("tooLarge"), reason: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it into smaller files.` },
    { status: 413 },
  );
}

/** One NDJSON line for a failed commit; unknown errors are logged and never leak details. */
function errorLine(error: unknown): Record<string, unknown> {
  if (error instanceof CsvImportError) return { type: "error", ...error.problem };
  if (error instanceof UploadTooLargeError) return { type: "error", messageKey: problemKey("tooLarge") };
  if (!isKnownError(error)) log.error({ err: error }, "CSV import failed");
  return { type: "error", messageKey: errorMessageKey(error) };
}

/**
 * The commit as an NDJSON stream: a progress line after every batch, then a
 * done or an error line. The import runs to its end even if the reader
 * leaves: it is all-or-nothing either way, and importing again is harmless.
 */
function commitStream(ctx: TenantContext, body: ReadableStream<Uint8Array>, today: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const send = (line: Record<string, unknown>) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`));
        } catch {
          open = false;
        }
      };
      void commitImport(ctx, body, today, (rows) => send({ type: "progress", rows }))
        .then((result) => send({ type: "done", ...result }))
        .catch((error: unknown) => send(errorLine(error)))
        .finally(() => {
          if (open) controller.close();
        });
    },
  });
}

/**
 * POST the CSV file as the body. `?mode=preview` answers JSON (what the file
 * would do, nothing written); `?mode=commit` imports it in one transaction
 * and streams progress. Members and up may import.
 */
export const POST = orgRoute("member", async ({ ctx, org }, request) => {
  const mode = new URL(request.url).searchParams.get("mode");
  if (mode !== "preview" && mode !== "commit") {
    return errorResponse(new ValidationError({ mode: [problemKey("badMode")] }, problemKey("badMode")), { reason: "mode must be preview or commit" });
  }
  const length = Number(request.headers.get("content-length"));
  if (Number.isFinite(length) && length > MAX_UPLOAD_BYTES) return tooLarge();
  if (!request.body) {
    return errorResponse(new ValidationError({ file: [problemKey("noFile")] }, problemKey("noFile")), { reason: "the request body must be the CSV file" });
  }
  const body = limitBytes(request.body, MAX_UPLOAD_BYTES);
  const today = todayIn(org.timeZone);

  if (mode === "commit") {
    return new Response(commitStream(ctx, body, today), {
      headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store", "x-content-type-options": "nosniff" },
    });
  }
  try {
    return Response.json(await previewImport(ctx, body, today), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof UploadTooLargeError) return tooLarge();
    throw error;
  }
});
