import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseImport, readGrid } from "@/lib/domain/import";

// Every fixture, cut after every row and in the middle of its last cell: parseImport never throws,
// and a file with problems yields no points (nothing half-read can be written).
const root = path.join(__dirname, "../../../test/fixtures/imports");
const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => /\.(csv|xlsx|xls)$/.test(f));

describe("every fixture, cut anywhere", () => {
  it.each(files)("%s", async (file) => {
    const grid = await readGrid(new Uint8Array(readFileSync(path.join(root, file))), file);
    for (let rows = 0; rows <= grid.length; rows++) {
      const cut = grid.slice(0, rows).map((row) => [...row]);
      const last = cut.at(-1);
      for (const variant of [cut, last?.length ? [...cut.slice(0, -1), [...last.slice(0, -1), (last.at(-1) ?? "").slice(0, 1)]] : cut]) {
        const parsed = parseImport(variant, file);
        expect(parsed.problems.length === 0 || parsed.points.length === 0, `${file} cut at ${rows}`).toBe(true);
      }
    }
  });
});
