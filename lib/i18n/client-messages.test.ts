import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  actionNamespaces,
  clientNamespaces,
  coveredBy,
  declaredNamespaces,
  fileNamespaces,
  isKey,
  libAnswerParts,
  minimal,
  undeclaredRootTranslators,
} from "@/test/i18n/client-namespaces";
import { pickMessages, ROOT_CLIENT_NAMESPACES } from "./client-messages";

const root = path.resolve(__dirname, "../..");

function files(dir: string, name: RegExp): string[] {
  return (readdirSync(path.join(root, dir), { recursive: true }) as string[])
    .map((file) => `${dir}/${file.split(path.sep).join("/")}`)
    .filter((file) => name.test(path.posix.basename(file)));
}

const orgPages = files("app/[org]", /^page\.tsx$/);
/** The sign-in, sign-up and invitation pages: each sends its own namespaces too. */
const authPages = files("app/(auth)", /^page\.tsx$/);
/**
 * What an organization or (auth) page must send: the namespaces, or parts of
 * them, its client components read and its actions answer with; a part is
 * left out when its whole namespace is needed too.
 */
function needed(page: string): string[] {
  const direct = [...clientNamespaces(page).keys(), ...actionNamespaces(page).keys()];
  const touched = new Set(direct.map((part) => part.split(".")[0]!));
  return minimal([...direct, ...libAnswerParts(page, touched).keys()]);
}

describe("messages sent to the browser", () => {
  it("finds the organization pages and reads client components' namespaces", () => {
    expect(orgPages.length).toBeGreaterThan(15);
    expect(minimal(fileNamespaces("app/[org]/notifications/notification-controls.tsx"))).toEqual(["notifications"]);
    expect([...clientNamespaces("app/[org]/goals/[id]/page.tsx").keys()]).toEqual(
      expect.arrayContaining(["goals.close", "measurements.quick", "measurements.unusual", "charts"]),
    );
    // A part as named to useTranslations, and a root translator's "ns.key" literals.
    expect([...fileNamespaces("components/measurements/quick-entry.tsx")]).toEqual(
      expect.arrayContaining(["measurements.quick", "measurements.unusual"]),
    );
  });

  it("every listed namespace, or part of one, exists in the catalog", () => {
    const lists = [ROOT_CLIENT_NAMESPACES, ...[...orgPages, ...authPages].map((page) => declaredNamespaces(page) ?? [])];
    for (const ns of lists.flat()) expect(isKey(ns), ns).toBe(true);
  });

  it.each([...orgPages, ...authPages])("%s sends exactly the namespaces its client components and actions use", (page) => {
    const declared = declaredNamespaces(page);
    expect(declared, `${page} is not wrapped in withMessages([...], Page)`).not.toBeNull();
    const readers = clientNamespaces(page);
    for (const ns of needed(page))
      expect(declared, `${page} does not send "${ns}" (read by ${readers.get(ns)?.join(", ") ?? "its actions"})`).toContain(ns);
    for (const ns of declared!)
      expect(needed(page), `${page} sends "${ns}", which none of its client components reads as a whole`).toContain(ns);
  });

  it("a client component that translates a computed key with useTranslations() names the namespaces it can get", () => {
    for (const page of orgPages) expect(undeclaredRootTranslators(page), page).toEqual([]);
  });

  it("the organization shell, loading and error views read only the root layout's namespaces", () => {
    for (const file of ["app/[org]/layout.tsx", ...files("app/[org]", /^(loading|error|not-found|forbidden)\.tsx$/)]) {
      for (const [ns, readers] of clientNamespaces(file))
        expect(coveredBy(ns, ROOT_CLIENT_NAMESPACES), `${readers.join(", ")} reads "${ns}"`).toBe(true);
    }
  });

  it("the root layout, the (auth) layout and the public pages' client components read only the root layout's namespaces", () => {
    const own = new Set([...orgPages, ...authPages]);
    for (const file of files("app", /^(layout|page|error|not-found|global-error)\.tsx$/).filter(
      (f) => !f.startsWith("app/[org]/") && !own.has(f),
    )) {
      for (const [ns, readers] of clientNamespaces(file))
        expect(coveredBy(ns, ROOT_CLIENT_NAMESPACES), `${readers.join(", ")} reads "${ns}"`).toBe(true);
    }
  });

  it("picks whole namespaces and parts of them, in the catalog's shape", () => {
    const messages = { a: { x: "1" }, b: { y: { z: "2", w: "3" }, v: "4" }, c: "5" };
    expect(pickMessages(messages, ["a", "c", "missing", "b.nope"])).toEqual({ a: { x: "1" }, c: "5" });
    expect(pickMessages(messages, ["b.y.z", "b.v"])).toEqual({ b: { y: { z: "2" }, v: "4" } });
    expect(pickMessages(messages, ["b.y"])).toEqual({ b: { y: { z: "2", w: "3" } } });
    // The catalog itself is never changed.
    expect(messages.b.y).toEqual({ z: "2", w: "3" });
  });

  it("keeps a part out of the list when its whole namespace is in it", () => {
    expect(minimal(["goals.status", "goals", "measurements.quick", "measurements.unusual.title", "measurements.unusual"])).toEqual([
      "goals",
      "measurements.quick",
      "measurements.unusual",
    ]);
    expect(coveredBy("shell.menu", ["shell"])).toBe(true);
    expect(coveredBy("shellfish", ["shell"])).toBe(false);
  });
});
