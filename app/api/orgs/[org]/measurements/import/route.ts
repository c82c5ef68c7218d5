import { ndjsonStream } from "@/lib/http/ndjson";
import { createReadStream } from "node:fs";
import { errorResponse, orgRoute } from "@/lib/auth/route";
import type { TenantContext } from "@/lib/data/context";
import { commitImport, CsvImportError, previewImport } from "@/lib/data/csv";
import { spoolUpload, uploadBody, UploadIncompleteError, UploadTooLargeError } from "@/lib/data/csv";
import { problemKey } from "@/lib/domain/csv-rows";
import { errorMessageKey, isKnownError, ValidationError } from "@/lib/errors";
import { todayIn } from "@/lib/format";
import { log } from "@/lib/log";
import { MAX_UPLOAD_BYTES } from "@/lib/security/body-limits.mjs";

export const dynamic = "force-dynamic";

function tooLarge(): Response {
  return Response.json(
    { error: problemKey("tooLarge"), reason: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it into smaller files.` },
    { status: 413 },
  );
}

/** The body ended short of (or past) its Content-Length: nothing of it is used. */
function incomplete(error: UploadIncompleteError): Response {
  log.warn({ declared: error.declared, received: error.received }, "CSV upload refused: body length differs from Content-Length");
  return Response.json(
    {
      error: problemKey("incomplete"),
      reason: `Received ${error.received} of the ${error.declared} bytes declared; nothing was imported. Send the file again.`,
    },
    { status: 400 },
  );
}

/** One NDJSON line for a failed commit; unknown errors are logged and never leak details. */
function errorLine(error: unknown): Record<string, unknown> {
  if (error instanceof CsvImportError) return { type: "error", ...error.problem };
  if (!isKnownError(error)) log.error({ err: error }, "CSV import failed");
  return { type: "error", messageKey: errorMessageKey(error) };
}

/**
 * The commit as an NDJSON stream: a progress line after every batch, then a
 * done or an error line. The import runs to its end even if the reader
 * leaves: it is all-or-nothing either way, and importing again is harmless.
 */
function commitStream(
  ctx: TenantContext,
  upload: { file: string; remove: () => Promise<void> },
  today: string,
): ReadableStream<Uint8Array> {
  return ndjsonStream((progress) => commitImport(ctx, createReadStream(upload.file), today, progress), errorLine, upload.remove);
}

/**
 * POST the CSV file as the body. `?mode=preview` answers JSON (what the file
 * would do, nothing written); `?mode=commit` receives the whole file, then
 * imports it in one transaction and streams progress. Members and up may
 * import. Over 20 MB is refused with 413 before anything is written, and a
 * body whose length differs from its Content-Length with 400 (it was cut on
 * the way; see lib/security/body-limits.mjs).
 */
export const POST = orgRoute("measurement.record", async ({ ctx, org }, request) => {
  const mode = new URL(request.url).searchParams.get("mode");
  if (mode !== "preview" && mode !== "commit") {
    return errorResponse(new ValidationError({ mode: [problemKey("badMode")] }, problemKey("badMode")), {
      reason: "mode must be preview or commit",
    });
  }
  const body = uploadBody(request, MAX_UPLOAD_BYTES);
  if (body === "tooLarge") return tooLarge();
  if (body === "noBody") {
    return errorResponse(new ValidationError({ file: [problemKey("noFile")] }, problemKey("noFile")), {
      reason: "the request body must be the CSV file",
    });
  }
  const today = todayIn(org.timeZone);

  try {
    if (mode === "preview") return Response.json(await previewImport(ctx, body, today), { headers: { "cache-control": "no-store" } });
    // The whole upload is received (and its size checked) before the transaction begins.
    const upload = await spoolUpload(body);
    return new Response(commitStream(ctx, upload, today), {
      headers: {
        "content-type": "application/x-ndjson; charset=utf-8",
        // no-transform keeps gzip (Next's own, or a proxy's) from holding the small progress lines back until the end; so does
        // X-Accel-Buffering for nginx.
        "cache-control": "no-store, no-transform",
        "x-accel-buffering": "no",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (error instanceof UploadTooLargeError) return tooLarge();
    if (error instanceof UploadIncompleteError) return incomplete(error);
    throw error;
  }
});
