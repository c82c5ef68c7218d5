import { describe, expect, it } from "vitest";
import { ndjsonFrom, ndjsonLines } from "./csv-ndjson";

function body(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

describe("ndjsonLines", () => {
  it("yields each line once complete, however the chunks fall", async () => {
    const seen: unknown[] = [];
    for await (const line of ndjsonLines(
      body(['{"type":"progress","ro', 'ws":1000}\n{"type":"pro', 'gress","rows":2000}\n\n{"type":"done","created":2}']),
    ))
      seen.push(line);
    expect(seen).toEqual([
      { type: "progress", rows: 1000 },
      { type: "progress", rows: 2000 },
      { type: "done", created: 2 },
    ]);
  });
});

describe("ndjsonFrom", () => {
  it("reads a growing text line by line, keeping a half line for later", () => {
    let text = '{"type":"progress","rows":1000}\n{"type":"pro';
    const first = ndjsonFrom(text, 0);
    expect(first.values).toEqual([{ type: "progress", rows: 1000 }]);
    text += 'gress","rows":2000}\n{"type":"done","created":2}';
    const second = ndjsonFrom(text, first.offset);
    expect(second.values).toEqual([{ type: "progress", rows: 2000 }]);
    expect(ndjsonFrom(text, second.offset, true).values).toEqual([{ type: "done", created: 2 }]);
  });
});
