/**
 * The JSON values of an NDJSON response body, one per line, as they arrive:
 * a line split across network chunks is kept until its end comes.
 */
export async function* ndjsonLines(body: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let end = buffer.indexOf("\n");
    while (end >= 0) {
      const line = buffer.slice(0, end).trim();
      buffer = buffer.slice(end + 1);
      if (line) yield JSON.parse(line);
      end = buffer.indexOf("\n");
    }
  }
  if (buffer.trim()) yield JSON.parse(buffer);
}

/**
 * The complete NDJSON lines of a response text that is still growing (an
 * XMLHttpRequest's responseText), from `offset` on; a line without its end
 * yet waits for the next call. `end` marks the whole text as complete.
 */
export function ndjsonFrom(text: string, offset: number, end = false): { values: unknown[]; offset: number } {
  const values: unknown[] = [];
  let at = offset;
  let next = text.indexOf("\n", at);
  while (next >= 0) {
    const line = text.slice(at, next).trim();
    if (line) values.push(JSON.parse(line));
    at = next + 1;
    next = text.indexOf("\n", at);
  }
  if (end && text.slice(at).trim()) {
    values.push(JSON.parse(text.slice(at)));
    at = text.length;
  }
  return { values, offset: at };
}
