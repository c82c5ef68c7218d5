import { formatDate } from "@/lib/format";

/** A campaign note's day, or its days: "10. mai 2026" or "1. feb. 2026 – 8. feb. 2026". */
export function noteWhen(locale: string, note: { startsOn: string; endsOn: string | null }): string {
  const start = formatDate(locale, note.startsOn);
  return note.endsOn && note.endsOn !== note.startsOn ? `${start} – ${formatDate(locale, note.endsOn)}` : start;
}
