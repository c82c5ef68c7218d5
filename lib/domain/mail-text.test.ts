import { describe, expect, it } from "vitest";
import { defang, MAIL_TEXT_MAX, mailSafeText, singleLine, truncate } from "./mail-text";

describe("singleLine", () => {
  it.each([
    ["plain", "Flere bryllupskaker", "Flere bryllupskaker"],
    ["CR LF", "Flere\r\nbryllupskaker", "Flere bryllupskaker"],
    ["lone CR and LF", "a\rb\nc", "a b c"],
    ["tabs and runs of spaces", "  a\t\t b   c  ", "a b c"],
    ["vertical tab and form feed", "a\u000bb\u000cc", "a b c"],
    ["NEL (U+0085)", "a\u0085b", "a b"],
    ["line and paragraph separators", "a\u2028b\u2029c", "a b c"],
    ["no-break and ideographic spaces", "a\u00a0b\u3000c", "a b c"],
    ["a header smuggled in", "Hei\r\nBcc: alle@evil.example", "Hei Bcc: alle@evil.example"],
    ["zero-width and bidi characters removed", "ev\u200bil\u202egnp.exe", "evilgnp.exe"],
    ["NUL and DEL", "a\u0000b\u007fc", "a b c"],
    ["only whitespace", " \r\n\t ", ""],
  ])("%s", (_case, input, expected) => {
    expect(singleLine(input)).toBe(expected);
  });
});

describe("truncate", () => {
  it.each([
    ["short enough", "Bakeriet", 10, "Bakeriet"],
    ["exactly the limit", "1234567890", 10, "1234567890"],
    ["one over: 9 characters and …", "12345678901", 10, "123456789…"],
    ["cut before a space, space trimmed", "abcd efghij", 6, "abcd…"],
    ["counts code points, never splits an emoji", "🎂🎂🎂🎂", 3, "🎂🎂…"],
  ])("%s", (_case, input, max, expected) => {
    expect(truncate(input, max)).toBe(expected);
  });
});

describe("defang", () => {
  it.each([
    ["a bare domain", "evil.example", "evil[.]example"],
    ["www", "www.evil.example/login", "www[.]evil[.]example/login"],
    ["http URL", "http://evil.example", "http[:]//evil[.]example"],
    ["https URL in a sentence", "Se https://evil.example/x nå", "Se https[:]//evil[.]example/x nå"],
    ["upper-case scheme", "HTTPS://EVIL.EXAMPLE", "HTTPS[:]//EVIL[.]EXAMPLE"],
    ["an e-mail address", "kari@evil.example", "kari@evil[.]example"],
    ["mailto and javascript", "mailto:x javascript:alert(1)", "mailto[:]x javascript[:]alert(1)"],
    ["ideographic and full-width dots", "evil\u3002example evil\uff0eexample", "evil[.]example evil[.]example"],
    ["a decimal stays", "Øk salget 2.5 %", "Øk salget 2.5 %"],
    ["a sentence end stays", "Mål nådd. Bra", "Mål nådd. Bra"],
    ["Norwegian letters", "bakeriet.nå", "bakeriet[.]nå"],
    ["nothing to do", "Bakeriet i Oslo", "Bakeriet i Oslo"],
  ])("%s", (_case, input, expected) => {
    expect(defang(input)).toBe(expected);
  });
});

describe("mailSafeText", () => {
  it.each([
    [
      "multi-line title with a link",
      "Flere kaker\r\nKlikk http://evil.example",
      MAIL_TEXT_MAX.title,
      "Flere kaker Klikk http[:]//evil[.]example",
    ],
    ["an organization named like a site", "evil.example", MAIL_TEXT_MAX.name, "evil[.]example"],
    ["a long title is cut first, then defanged", `${"a".repeat(75)} evil.example`, MAIL_TEXT_MAX.title, `${"a".repeat(75)} evi…`],
    ["separators between lines", "a\u2028www.x.no", 20, "a www[.]x[.]no"],
  ])("%s", (_case, input, max, expected) => {
    expect(mailSafeText(input, max)).toBe(expected);
  });
});
