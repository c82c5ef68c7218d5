import { describe, expect, it } from "vitest";
import { mappingProblem, headerSignature, signatureCells } from "./mapping";
import type { ColumnMapping } from "./types";

const col = (column: number, channel = "website", metric = "custom:Bestillinger"): ColumnMapping["columns"][number] => ({
  column,
  channel,
  metric,
  combine: "sum",
});
const mapping = (dateColumn: number, columns: ColumnMapping["columns"]): ColumnMapping => ({
  headerRow: 0,
  dateColumn,
  dateFormat: "dmy",
  columns,
});

describe("mappingProblem: may this mapping read a header of this width", () => {
  // "Dato;Bestillinger;Omsetning": width 3.
  it.each([
    ["date first, both numbers", mapping(0, [col(1), col(2)]), 3, null],
    ["date last", mapping(2, [col(0)]), 3, null],
    ["no column chosen", mapping(0, []), 3, "import.problems.noColumns"],
    ["the date column mapped as a number too", mapping(0, [col(0), col(1)]), 3, "import.problems.badMapping"],
    ["one column mapped twice", mapping(0, [col(1), col(1, "facebook")]), 3, "import.problems.badMapping"],
    ["a column past the header's end", mapping(0, [col(3)]), 3, "import.problems.badMapping"],
    ["the date column past the end", mapping(5, [col(1)]), 3, "import.problems.badMapping"],
    ["a column without a channel", mapping(0, [col(1, " ")]), 3, "import.problems.badMapping"],
    ["a column without a metric", mapping(0, [col(1, "website", "")]), 3, "import.problems.badMapping"],
  ])("%s", (_, m, width, expected) => {
    expect(mappingProblem(m, width)).toBe(expected);
  });
});

describe("headerSignature", () => {
  it("compares headers by their trimmed, lower-cased cells and gives the cells back", () => {
    const signature = headerSignature([" Dato ", "Bestillinger", "Omsetning  (kr)"]);
    expect(signature).toBe(headerSignature(["dato", "BESTILLINGER", "omsetning (kr)"]));
    expect(signatureCells(signature)).toEqual(["dato", "bestillinger", "omsetning (kr)"]);
  });
});
