import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { can, type Permission, type PolicyPermission, ROLES, type Role } from "@/lib/domain/permissions";
import { callPage, type Outcome, standIns, substitute } from "@/test/security/calls";
import { pageTemplates, SLOTS, type Slot } from "@/test/security/fuzz-requests";
import { signInAs } from "@/test/security/session-double";
import { seedSide, type Side } from "@/test/security/world";

vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));
vi.mock("next-intl/server", () => import("@/test/security/intl-double"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));

/**
 * Who sees which page of an organization. A person of the organization whose
 * role lacks a page's permission gets the 403 "you don't have access to this"
 * (whatever id the URL names, real or made up); anyone else, the very 404 of
 * an organization that does not exist. The permission is read from the page's
 * own pageTenant(slug, "…") call, so a page that adds one is covered.
 */
const root = path.resolve(import.meta.dirname, "../..");
const pages = pageTemplates(root);
const PERMISSION_IN = /pageTenant\(\s*slug\s*,\s*"([a-zA-Z]+\.[a-zA-Z]+)"\s*\)/;

function permissionOf(file: string): Exclude<Permission, PolicyPermission> {
  const permission = (PERMISSION_IN.exec(readFileSync(path.join(root, file), "utf8"))?.[1] ?? "org.view") as Permission;
  // Money a person may not see answers 404 like missing data, not 403 (lib/auth/page.ts): proved in the money tests, not here.
  if (permission.startsWith("money.")) throw new Error(`${file} is guarded by ${permission}: a money page answers 404, not 403`);
  return permission as Exclude<Permission, PolicyPermission>;
}

let a: Side;
let b: Side;
const personOf = (side: Side, role: Role) => ({ owner: side.ownerId, manager: side.managerId, member: side.memberId })[role];
const values = (side: Side) =>
  Object.fromEntries(Object.entries(SLOTS).map(([slot, field]) => [slot, side[field]])) as Record<Slot, string>;

async function open(file: string, params: Record<string, string>): Promise<Outcome> {
  const page = ((await import(/* @vite-ignore */ path.join(root, file))) as { default: unknown }).default;
  return callPage(page, params);
}

beforeAll(async () => {
  [a, b] = await Promise.all([seedSide("A"), seedSide("B")]);
});

describe("a page a role does not open", () => {
  it("finds the pages that need more than membership", () => {
    const guarded = new Set(pages.map((p) => p.build(a.slug, values(a), a.token)).flatMap((r) => (r.type === "page" ? [r.file] : [])));
    const needing = [...guarded].filter((file) => permissionOf(file) !== "org.view");
    // New goal, edit goal, the audit log, API keys: without them the checks below would prove little.
    expect(needing.length).toBeGreaterThanOrEqual(4);
    expect(needing.some((file) => ROLES.some((role) => !can(role, permissionOf(file))))).toBe(true);
  });

  it.each(pages.map((p) => [p.name, p] as const))(
    "%s: 403 for a role without its permission in its own organization, whatever the id",
    async (_n, template) => {
      const request = template.build(a.slug, values(a), a.token);
      if (request.type !== "page") throw new Error("not a page");
      const permission = permissionOf(request.file);
      const ids = template.slots.map((s) => a[SLOTS[s]]);
      for (const role of ROLES) {
        signInAs(personOf(a, role));
        const answer = await open(request.file, request.params);
        if (can(role, permission)) {
          expect(["rendered", "redirect"], `${role}: ${JSON.stringify(answer)}`).toContain(answer.kind);
          continue;
        }
        expect(answer, role).toEqual({ kind: "forbidden" });
        // The same 403 for an id that exists nowhere: the answer says nothing about the record.
        const twin = standIns(ids);
        expect(await open(request.file, substitute(request.params, twin.forward)), `${role}, made-up id`).toEqual(answer);
      }
    },
  );

  it.each(pages.map((p) => [p.name, p] as const))(
    "%s: another organization's people get the 404 of a made-up organization",
    async (_n, template) => {
      const request = template.build(a.slug, values(a), a.token);
      if (request.type !== "page") throw new Error("not a page");
      for (const role of ["owner", "member"] as const) {
        signInAs(personOf(b, role));
        const answer = await open(request.file, request.params);
        expect(answer, `B's ${role}`).toEqual({ kind: "notFound" });
        const slug = standIns([a.slug]);
        expect(await open(request.file, substitute(request.params, slug.forward)), `B's ${role}, made-up slug`).toEqual(answer);
      }
    },
  );
});
