import { pipeline, Readable } from "node:stream";
import { CsvError, parse } from "csv-parse";
import { type Delimiter, detectDelimiter } from "@/lib/domain/csv-format";

/**
 * Turns an uploaded CSV stream into records, one at a time: the delimiter is
 * read from the header line, then csv-parse handles quoting, BOM and line
 * endings. Nothing holds more than one record and the parser's buffer.
 */
export type CsvSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;
export type CsvRecord = { line: number; cells: string[] };

/** The upload went past its byte limit. */
export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`upload larger than ${maxBytes} bytes`);
  }
}

/** The file is not valid CSV at `line` (an unclosed quote, a runaway field). */
export class CsvSyntaxError extends Error {
  constructor(readonly line: number, readonly code: string) {
    super(`CSV syntax error (${code}) at line ${line}`);
  }
}

// Longest header we look for a line break in, and longest record: a note is
// short; a bigger record is an unclosed quote swallowing the file.
const MAX_HEADER_BYTES = 64 * 1024;
const MAX_RECORD_BYTES = 64 * 1024;

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

/** Counts bytes through a web stream and errors it past `maxBytes`; a Content-Length can lie or be missing. */
export function limitBytes(body: ReadableStream<Uint8Array>, maxBytes: number): ReadableStream<Uint8Array> {
  let seen = 0;
  return body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > maxBytes) controller.error(new UploadTooLargeError(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * The records of a CSV stream with their line numbers, header first, and the
 * delimiter detected from it. Empty lines are skipped. A syntax error ends the
 * stream with CsvSyntaxError naming its line.
 */
export async function readCsv(source: CsvSource): Promise<{ delimiter: Delimiter; records: AsyncGenerator<CsvRecord> }> {
  const chunks = chunksOf(source);
  // Read just far enough to see the first line break, keeping what was read.
  const head: Uint8Array[] = [];
  let headBytes = 0;
  while (headBytes < MAX_HEADER_BYTES && !head.some((c) => c.includes(10) || c.includes(13))) {
    const next = await chunks.next();
    if (next.done) break;
    head.push(next.value);
    headBytes += next.value.byteLength;
  }
  const headText = Buffer.concat(head).toString("utf8");
  const delimiter = detectDelimiter(headText.split(/\r?\n|\r/, 1)[0] ?? "");

  const parser = parse({
    delimiter,
    bom: true,
    trim: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
    info: true,
  });
  const input = Readable.from(
    (async function* () {
      yield* head;
      yield* chunks;
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
      if (error instanceof CsvError) {
        throw new CsvSyntaxError(typeof error.lines === "number" ? error.lines : 0, error.code);
      }
      throw error;
    } finally {
      parser.destroy();
    }
  }
  return { delimiter, records: records() };
}
