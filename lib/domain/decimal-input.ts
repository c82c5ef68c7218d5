/**
 * Decimal numbers as people type them, in either convention: "10,5" and
 * "10.5", "1 499,5", "1.499,5" and "1,499.5". A lone separator, comma or
 * point, is the decimal mark ("1,5" is one and a half, as a Norwegian writes
 * it); with both, the last one is; a separator repeated in groups of three
 * ("1.000.000", "1,000,000") groups thousands. Spaces of every width group
 * too, and the minus may be the typographic one Intl writes in bokmål ("−3").
 */
const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/** The number in `text`; null when blank, NaN when it is not one number. */
export function parseDecimal(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f\u2009]/g, "").replace(/^[\u2212\u2013]/, "-");
  if (compact === "") return null;
  const sign = compact.startsWith("-") || compact.startsWith("+") ? compact[0] : "";
  const body = sign ? compact.slice(1) : compact;
  if (!/^[\d.,]+$/.test(body)) return Number.NaN;
  const lastComma = body.lastIndexOf(",");
  const lastPoint = body.lastIndexOf(".");
  let whole = body;
  let fraction = "";
  if (lastComma >= 0 && lastPoint >= 0) {
    const mark = lastComma > lastPoint ? "," : ".";
    [whole, fraction] = [body.slice(0, body.lastIndexOf(mark)), body.slice(body.lastIndexOf(mark) + 1)];
    if (!GROUPED(mark === "," ? "." : ",").test(whole) || /[.,]/.test(fraction)) return Number.NaN;
    whole = whole.replace(/[.,]/g, "");
  } else {
    const sep = lastComma >= 0 ? "," : lastPoint >= 0 ? "." : null;
    if (sep && body.indexOf(sep) !== body.lastIndexOf(sep)) {
      if (!GROUPED(sep).test(body)) return Number.NaN;
      whole = body.split(sep).join("");
    } else if (sep) {
      [whole, fraction] = body.split(sep) as [string, string];
    }
  }
  if (whole === "" && fraction === "") return Number.NaN;
  const value = Number(`${sign === "-" ? "-" : ""}${whole || "0"}.${fraction || "0"}`);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** A number typed into a form field, as the server will read it: null when blank or not one number. */
export function typedNumber(text: string): number | null {
  const value = parseDecimal(text);
  return value === null || Number.isNaN(value) ? null : value;
}

const editableFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as it is prefilled in a field for `languageTag` (an Intl locale):
 * the locale's decimal mark, no grouping, up to 10 decimals, a plain "-".
 * parseDecimal reads it back to the same number.
 */
export function editableDecimal(languageTag: string, value: number): string {
  let format = editableFormats.get(languageTag);
  // Built once per language: an Intl formatter costs more to build than to use.
  if (!format)
    editableFormats.set(languageTag, (format = new Intl.NumberFormat(languageTag, { maximumFractionDigits: 10, useGrouping: false })));
  return format.format(value).replace("\u2212", "-");
}
