import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pipeline, Readable } from "node:stream";
import { pipeline as pipelineAsync } from "node:stream/promises";
import { CsvError, parse } from "csv-parse";
import { type Delimiter, detectDelimiter } from "@/lib/domain/csv-format";
import { csvText } from "./csv-encoding";

/**
 * Turns an uploaded CSV stream into records, one at a time: the text encoding
 * and the delimiter are read from the start of the file, then csv-parse
 * handles quoting and line endings. Nothing holds more than one record and the
 * parser's buffer.
 */
export type CsvSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;
export type CsvRecord = { line: number; cells: string[] };

/** The upload went past its byte limit. */
export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`upload larger than ${maxBytes} bytes`);
  }
}

/**
 * Fewer or more bytes arrived than the request's Content-Length declared: the
 * body was cut on its way (a proxy's buffer limit, a dropped connection), so
 * the rows that did arrive are not the file.
 */
export class UploadIncompleteError extends Error {
  constructor(
    readonly declared: number,
    readonly received: number,
  ) {
    super(`upload of ${received} bytes, ${declared} declared`);
  }
}

/** The file is not valid CSV at `line` (an unclosed quote, a runaway field). */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly code: string,
  ) {
    super(`CSV syntax error (${code}) at line ${line}`);
  }
}

// Longest header we look for a line break in, and longest record: a note is
// short; a bigger record is an unclosed quote swallowing the file.
const MAX_HEADER_CHARS = 64 * 1024;
const MAX_RECORD_CHARS = 64 * 1024;

async function* chunksOf(source: CsvSource): AsyncGenerator<Uint8Array> {
  if (!("getReader" in source)) {
    for await (const chunk of source) yield typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    return;
  }
  const reader = source.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    // Stopping early (the first bad row of a commit) cancels the upload instead of leaving it unread.
    await reader.cancel().catch(() => undefined);
  }
}

/**
 * Counts bytes through a web stream and errors it past `maxBytes`; a
 * Content-Length can lie or be missing. When `declaredBytes` (the request's
 * Content-Length) is given, a stream that ends at any other length errors
 * with UploadIncompleteError instead of ending as if the file were whole.
 */
export function limitBytes(body: ReadableStream<Uint8Array>, maxBytes: number, declaredBytes?: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new UploadTooLargeError(maxBytes));
        else if (declaredBytes !== undefined && seen > declaredBytes) controller.error(new UploadIncompleteError(declaredBytes, seen));
        else controller.enqueue(chunk);
      },
      flush(controller) {
        if (declaredBytes !== undefined && seen !== declaredBytes) controller.error(new UploadIncompleteError(declaredBytes, seen));
      },
    }),
  );
}

/**
 * Writes the upload to a temporary file first, so an import's transaction
 * never waits on a slow network (or a client that stops sending) while it
 * holds a connection and row locks. `remove` deletes it.
 */
export async function spoolUpload(source: CsvSource): Promise<{ file: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "maalbar-import-"));
  const remove = () => rm(dir, { recursive: true, force: true });
  const file = path.join(dir, "upload.csv");
  try {
    await pipelineAsync(Readable.from(chunksOf(source)), createWriteStream(file));
    return { file, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * The records of a CSV stream with their line numbers, header first, and the
 * delimiter detected from it. Empty lines are skipped. A syntax error ends the
 * stream with CsvSyntaxError naming its line.
 */
export async function readCsv(source: CsvSource): Promise<{ delimiter: Delimiter; records: AsyncGenerator<CsvRecord> }> {
  const text = csvText(chunksOf(source));
  // Read just far enough to see the end of the header line, keeping what was read.
  let head = "";
  while (head.length < MAX_HEADER_CHARS && !/[\r\n]/.test(head)) {
    const next = await text.next();
    if (next.done) break;
    head += next.value;
  }
  const delimiter = detectDelimiter(head.split(/\r?\n|\r/, 1)[0] ?? "");

  const parser = parse({
    delimiter,
    bom: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_CHARS,
    info: true,
  });
  const input = Readable.from(
    (async function* () {
      yield head;
      yield* text;
    })(),
    { objectMode: false },
  );
  // Errors of the upload (too large, aborted) reach the parser and so the loop below.
  pipeline(input, parser, () => undefined);

  async function* records(): AsyncGenerator<CsvRecord> {
    try {
      for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        yield { line: item.info.lines, cells: item.record };
      }
    } catch (error) {
      if (error instanceof CsvError) throw new CsvSyntaxError(typeof error.lines === "number" ? error.lines : 0, error.code);
      throw error;
    } finally {
      parser.destroy();
    }
  }
  return { delimiter, records: records() };
}

/**
 * An upload's body as a route reads it: refused at once when its
 * Content-Length is over `maxBytes` or there is no body; otherwise held to
 * `maxBytes` while it streams and checked against the length it declared.
 */
export function uploadBody(request: Request, maxBytes: number): ReadableStream<Uint8Array> | "tooLarge" | "noBody" {
  const header = request.headers.get("content-length");
  const length = header === null ? undefined : Number(header);
  if (length !== undefined && Number.isFinite(length) && length > maxBytes) return "tooLarge";
  if (!request.body) return "noBody";
  return limitBytes(request.body, maxBytes, length !== undefined && Number.isSafeInteger(length) && length >= 0 ? length : undefined);
}
