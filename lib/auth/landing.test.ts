import { describe, expect, it } from "vitest";
import { MAX_CALLBACK_LENGTH, safeCallbackPath } from "./landing";

// Each value as it reaches the server after the query string is decoded once.
describe("safeCallbackPath", () => {
  it.each([
    // Good paths survive, query and hash included.
    ["/", "/"],
    ["/bakeriet", "/bakeriet"],
    ["/bakeriet/goals?status=active&page=2", "/bakeriet/goals?status=active&page=2"],
    ["/bakeriet/goals/0b1f?tab=chart#progress", "/bakeriet/goals/0b1f?tab=chart#progress"],
    ["/bakeriet/measurements?q=a%2Fb", "/bakeriet/measurements?q=a%2Fb"],
    ["/bakeriet/m\u00e5l", "/bakeriet/m%C3%A5l"],
    ["/bakeriet/./goals", "/bakeriet/goals"],
    ["/bakeriet/../andre", "/andre"],
    // Whitespace and control characters browsers drop before they follow the link.
    ["/\t/evil.example", null],
    ["/\n/evil.example", null],
    ["/\r/evil.example", null],
    ["/bakeriet\r\nSet-Cookie: x=1", null],
    ["/bakeriet\u0000", null],
    ["/\u007f/evil.example", null],
    // Backslashes read as slashes.
    ["/\\evil.example", null],
    ["\\\\evil.example", null],
    ["/bakeriet\\..\\..\\/evil.example", null],
    // Encoded slashes and backslashes in the path.
    ["/%2F%2Fevil.example", null],
    ["/%2f%2fevil.example", null],
    ["/%5Cevil.example", null],
    ["/%5c%5cevil.example", null],
    ["/%09/evil.example", null],
    // Dot segments that collapse into a protocol-relative path.
    ["/..//evil.example", null],
    ["/.//evil.example", null],
    ["/bakeriet/../..//evil.example", null],
    // Protocol-relative and absolute URLs.
    ["//evil.example", null],
    ["///evil.example", null],
    ["////evil.example/x", null],
    ["https://evil.example", null],
    ["http:/evil.example", null],
    ["https://maalbar.invalid/bakeriet", null],
    // Other schemes.
    ["javascript:alert(1)", null],
    ["JavaScript:alert(1)", null],
    ["data:text/html,<script>alert(1)</script>", null],
    // Not a path at all.
    ["", null],
    ["bakeriet", null],
    [" /bakeriet", null],
    ["?x=1", null],
    ["#top", null],
  ])("%j → %j", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([undefined, null, 42, ["/bakeriet"], { href: "/bakeriet" }])("refuses a %j that is not a string", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });

  it("keeps a path of the longest allowed length and refuses one character more", () => {
    const longest = `/${"a".repeat(MAX_CALLBACK_LENGTH - 1)}`;
    expect(safeCallbackPath(longest)).toBe(longest);
    expect(safeCallbackPath(`${longest}a`)).toBeNull();
    expect(safeCallbackPath(`/${"x".repeat(100_000)}`)).toBeNull();
    // Short before parsing, too long once the parser has encoded it.
    expect(safeCallbackPath(`/${"\u00e5".repeat(200)}`)).toBeNull();
  });
});
