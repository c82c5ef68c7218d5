import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { csvText } from "./csv-encoding";

/** `bytes` cut into chunks of `size`, as an upload arrives. */
async function decode(bytes: Uint8Array, size: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  let text = "";
  for await (const part of csvText(Readable.from(chunks))) text += part;
  return text;
}

const TEXT = "Dato;Kanal;Måltall;Verdi;Notat\r\n01.11.2026;Instagram;Følgere;1 234,5;Kafé – «høst»\r\n";
const utf8 = new TextEncoder().encode(TEXT);
// Windows-1252 writes æøå, é and «» as Latin-1 does; the en dash is 0x96.
const windows1252 = Buffer.from(TEXT.replace("–", "\u0096"), "latin1");

describe("csvText", () => {
  it.each([1, 2, 3, 5, 64, 4096])("reads UTF-8 cut every %i bytes", async (size) => {
    expect(await decode(utf8, size)).toBe(TEXT);
  });

  it.each([1, 2, 3, 5, 64, 4096])("drops a BOM, and only at the start, cut every %i bytes", async (size) => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const withBoms = Buffer.concat([bom, utf8, bom, utf8]);
    expect(await decode(withBoms, size)).toBe(`${TEXT}\uFEFF${TEXT}`);
  });

  it.each([1, 2, 3, 5, 20, 4096])("reads Norwegian Excel's Windows-1252 cut every %i bytes", async (size) => {
    expect(await decode(windows1252, size)).toBe(TEXT.replace("–", "\u2013"));
  });

  it("keeps UTF-8 a damaged UTF-8 file, bad bytes showing as U+FFFD", async () => {
    const damaged = Buffer.concat([utf8, Buffer.from([0x46, 0xf8, 0x0a])]);
    expect(await decode(damaged, 4096)).toBe(`${TEXT}F\uFFFD\n`);
  });
});
