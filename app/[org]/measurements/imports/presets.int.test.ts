import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { auditEvents, importPresets } from "@/db/schema";
import { channelCatalog } from "@/lib/data/benchmarks";
import { listPresets, previewFileImport, savePreset } from "@/lib/data/imports";
import type { ColumnMapping } from "@/lib/domain/import";
import { makeTeam } from "@/test/fixtures";

// Only who is calling is a double: membership and role come from the real database.
const session = vi.hoisted(() => ({ claims: null as { uid: string; sv: number } | null }));
vi.mock("@/lib/auth/session", async () => (await import("@/test/session-rows")).claimsDouble(() => session.claims));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

const { updatePresetAction } = await import("./actions");

type Team = Awaited<ReturnType<typeof makeTeam>>;
let a: Team;
let b: Team;
const as = (userId: string) => {
  session.claims = { uid: userId, sv: 1 };
};
const manager = (t: Team) => ({ orgId: t.org.id, userId: t.managerId, role: "manager" as const });
const member = (t: Team) => ({ orgId: t.org.id, userId: t.memberId, role: "member" as const });

// A booking system's export: "Dato;Bestillinger;Omsetning".
const header = ["Dato", "Bestillinger", "Omsetning"];
const saved: ColumnMapping = {
  headerRow: 0,
  dateColumn: 0,
  dateFormat: "dmy",
  columns: [{ column: 1, channel: "website", metric: "custom:Bestillinger", combine: "sum" }],
};
const edited: ColumnMapping = {
  ...saved,
  columns: [
    { column: 1, channel: "website", metric: "custom:Bestillinger", combine: "last" },
    { column: 2, channel: "sales", metric: "revenue", combine: "sum" },
  ],
};
const december = [header, ["01.12.2026", "3", "1 200,50"], ["01.12.2026", "2", "800"]];
const edit = (t: Team, id: string, mapping: unknown, extra: Record<string, unknown> = {}) =>
  updatePresetAction(undefined, { org: t.slug, id, mapping: JSON.stringify(mapping), ...extra });
const stored = async (id: string) => (await getDb().select().from(importPresets).where(eq(importPresets.id, id)))[0]!;

beforeAll(async () => {
  [a, b] = await Promise.all([makeTeam(), makeTeam()]);
});

describe("editing a saved preset's columns", () => {
  it("a manager changes sum to last and maps one more column; next month's file reads by the new mapping", async () => {
    const id = await savePreset(manager(a), { name: "Bookingsystem", mapping: saved, header });
    as(a.managerId);
    expect(await edit(a, id, edited)).toEqual({ ok: true });

    const [listed] = await listPresets(member(a));
    expect(listed).toMatchObject({ id, name: "Bookingsystem", header, mapping: { ...edited, header } });
    // Still recognised by the header it was saved for; two rows on 1 Dec: last = 2 orders, sum = 2 001,50 kr.
    const preview = await previewFileImport(member(a), december, "desember.csv");
    expect(preview.preset).toMatchObject({ id, name: "Bookingsystem" });
    const revenue = (await channelCatalog(member(a))).find((c) => c.key === "sales")!.metrics.find((m) => m.key === "revenue")!;
    expect(preview.metrics).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ channel: "website", metric: "custom:Bestillinger", metricId: null }),
        expect.objectContaining({ channel: "sales", metric: "revenue", metricId: revenue.id }),
      ]),
    );
    expect(preview.series.map((s) => [s.metric, s.total])).toEqual(
      expect.arrayContaining([
        ["custom:Bestillinger", 2],
        ["revenue", 2000.5],
      ]),
    );
    expect(
      await getDb().$count(auditEvents, and(eq(auditEvents.orgId, a.org.id), eq(auditEvents.action, "measurements.preset_edited"))),
    ).toBe(1);
  });

  it("edited on a new file, the preset recognises that file's header from then on, and no longer the old one", async () => {
    const id = await savePreset(manager(b), { name: "Kassa", mapping: saved, header: ["Dag", "Salg"] });
    as(b.ownerId);
    expect(await edit(b, id, edited, { header: JSON.stringify(header) })).toEqual({ ok: true });
    expect((await stored(id)).mapping.header).toEqual(header);
    expect((await previewFileImport(member(b), december, "desember.csv")).preset).toMatchObject({ id, name: "Kassa" });
    const oldLayout = [
      ["Dag", "Salg"],
      ["01.12.2026", "5"],
    ];
    expect((await previewFileImport(member(b), oldLayout, "kassa.csv")).preset).toBeNull();
  });

  it("is refused, changing nothing, when the mapping cannot read the header", async () => {
    const id = await savePreset(manager(a), { name: "Uendret", mapping: saved, header });
    as(a.managerId);
    const before = await stored(id);
    const dateTwice = { ...saved, columns: [{ ...saved.columns[0]!, column: 0 }] };
    const pastTheEnd = { ...saved, columns: [{ ...saved.columns[0]!, column: 3 }] };
    expect(await edit(a, id, dateTwice)).toMatchObject({ ok: false, error: "import.problems.badMapping" });
    expect(await edit(a, id, pastTheEnd)).toMatchObject({ ok: false, error: "import.problems.badMapping" });
    expect(await edit(a, id, { ...saved, columns: [] })).toMatchObject({ ok: false });
    expect(await stored(id)).toEqual(before);
  });

  it("a member may not edit; another organization's preset answers like a missing one", async () => {
    const mine = await savePreset(manager(a), { name: "Medlem", mapping: saved, header });
    as(a.memberId);
    expect(await edit(a, mine, edited)).toMatchObject({ ok: false, error: "errors.forbidden" });

    const theirs = await savePreset(manager(b), { name: "B sitt", mapping: saved, header });
    const before = await stored(theirs);
    as(a.managerId);
    const foreign = await edit(a, theirs, edited);
    const missing = await edit(a, "00000000-0000-4000-8000-000000000000", edited);
    expect(foreign).toMatchObject({ ok: false, error: "errors.notFound" });
    // The same answer as for an id that does not exist (only the echoed form values differ).
    const answer = (r: typeof foreign) => (r && !r.ok ? { error: r.error, fieldErrors: r.fieldErrors } : r);
    expect(answer(foreign)).toEqual(answer(missing));
    expect(await stored(theirs)).toEqual(before);
  });
});
