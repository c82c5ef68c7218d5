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
