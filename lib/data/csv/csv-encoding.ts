/**
 * The text of an uploaded CSV file. UTF-8 (with or without a BOM) is the
 * norm, but Norwegian Excel's plain "CSV (semikolonseparert)" is saved as
 * Windows-1252. A file whose first non-ASCII text is not UTF-8 is read as
 * Windows-1252 from there on; that is exact, because everything before it was
 * ASCII, which both encodings write alike.
 */

/** How many bytes at the end start a UTF-8 sequence the next chunk must finish. */
function unfinishedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? back : 0;
    }
  }
  return 0;
}

const isAscii = (bytes: Uint8Array) => bytes.every((byte) => byte < 0x80);
const BOM = [0xef, 0xbb, 0xbf];

/** Whether the first non-ASCII character of `bytes` is a whole, valid UTF-8 sequence. */
function firstNonAsciiIsUtf8(bytes: Uint8Array): boolean {
  const at = bytes.findIndex((byte) => byte >= 0x80);
  const lead = bytes[at] ?? 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(at, at + length));
    return true;
  } catch {
    return false;
  }
}

export async function* csvText(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  // Whole sequences only, so no decoder state crosses chunks. The BOM is dropped by hand, once.
  const strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let fallback: TextDecoder | null = null;
  let asciiSoFar = true;
  let bomChecked = false;
  let carry = new Uint8Array(0);
  for await (const chunk of chunks) {
    if (fallback) {
      yield fallback.decode(chunk, { stream: true });
      continue;
    }
    let bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    if (!bomChecked) {
      if (bytes.length < BOM.length && bytes.every((byte, i) => byte === BOM[i])) {
        carry = bytes.slice();
        continue;
      }
      bomChecked = true;
      if (BOM.every((byte, i) => bytes[i] === byte)) {
        bytes = bytes.subarray(BOM.length);
        // A BOM declares UTF-8: never Windows-1252 then.
        asciiSoFar = false;
      }
    }
    const cut = bytes.length - unfinishedTail(bytes);
    try {
      const text = strict.decode(bytes.subarray(0, cut));
      asciiSoFar &&= isAscii(bytes.subarray(0, cut));
      carry = bytes.slice(cut);
      yield text;
    } catch {
      // Not UTF-8 after all. Windows-1252 if its first non-ASCII text is not UTF-8; else a damaged
      // UTF-8 file, read leniently: bad bytes become U+FFFD and fail as unknown names.
      fallback =
        asciiSoFar && !firstNonAsciiIsUtf8(bytes) ? new TextDecoder("windows-1252") : new TextDecoder("utf-8", { ignoreBOM: true });
      yield fallback.decode(bytes, { stream: true });
    }
  }
  const rest = fallback ? fallback.decode() : carry.length ? new TextDecoder("utf-8", { ignoreBOM: true }).decode(carry) : "";
  if (rest) yield rest;
}
