import { csvCell, defuseNote } from "./csv-format";

/**
 * The organization's own copy of its data (GDPR art. 20): one CSV file per
 * table (`;`, UTF-8 with a BOM, ISO times, as Norwegian Excel opens them) and
 * one JSON file that says what the archive holds.
 */

/** A cell as exported: empty for nothing, ISO 8601 for times, JSON for structured data; typed text is defused against formulas. */
export function exportCell(value: unknown, text: boolean): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return csvCell(text ? defuseNote(value) : value);
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return csvCell(value.toString());
  return csvCell(JSON.stringify(value) ?? "");
}

/** One CSV line of `cells`; `textColumns[i]` tells whether cell i is free text a person typed. */
export function exportLine(cells: readonly unknown[], textColumns: readonly boolean[]): string {
  return `${cells.map((cell, i) => exportCell(cell, textColumns[i] ?? false)).join(";")}\r\n`;
}

/**
 * Whether the name a person typed to confirm deleting an organization is its
 * name: spaces at the ends and runs of spaces do not matter, nor the way an
 * "å" was typed (NFC); letter case does, as on the page.
 */
export function confirmsName(typed: string, name: string): boolean {
  const norm = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ");
  return norm(typed).length > 0 && norm(typed) === norm(name);
}

/** One of a person's memberships, with how many owners its organization has. */
export type OwnedMembership = { orgId: string; orgName: string; isOwner: boolean; owners: number };

/**
 * The organizations a person's leaving would leave without an owner: they are
 * its only owner. An account cannot be deleted while there is one; another
 * owner must be named first, or the organization deleted.
 */
export function lastOwnerOf(memberships: readonly OwnedMembership[]): string[] {
  return memberships.filter((m) => m.isOwner && m.owners <= 1).map((m) => m.orgName);
}
