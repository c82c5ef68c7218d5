import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import {
  actionNamespaces,
  clientNamespaces,
  declaredNamespaces,
  fileNamespaces,
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
/** What an organization or (auth) page must send: its client components' namespaces, and the keys its actions answer with. */
function needed(page: string): string[] {
  return [...new Set([...clientNamespaces(page).keys(), ...actionNamespaces(page).keys()])].sort();
}

describe("messages sent to the browser", () => {
  it("finds the organization pages and reads client components' namespaces", () => {
    expect(orgPages.length).toBeGreaterThan(15);
    expect([...fileNamespaces("app/[org]/notifications/notification-controls.tsx")].sort()).toEqual(["notifications"]);
    expect([...clientNamespaces("app/[org]/goals/[id]/page.tsx").keys()]).toEqual(
      expect.arrayContaining(["goals", "measurements", "charts"]),
    );
  });

  it("every listed namespace exists in the catalog", () => {
    const lists = [ROOT_CLIENT_NAMESPACES, ...[...orgPages, ...authPages].map((page) => declaredNamespaces(page) ?? [])];
    for (const ns of lists.flat()) expect(Object.keys(en), ns).toContain(ns);
  });

  it.each([...orgPages, ...authPages])("%s sends exactly the namespaces its client components and actions use", (page) => {
    const declared = declaredNamespaces(page);
    expect(declared, `${page} is not wrapped in withMessages([...], Page)`).not.toBeNull();
    const readers = clientNamespaces(page);
    for (const ns of needed(page))
      expect(declared, `${page} does not send "${ns}" (read by ${readers.get(ns)?.join(", ") ?? "its actions"})`).toContain(ns);
    for (const ns of declared!) expect(needed(page), `${page} sends "${ns}", which none of its client components reads`).toContain(ns);
  });

  it("a client component that translates a computed key with useTranslations() names the namespaces it can get", () => {
    for (const page of orgPages) expect(undeclaredRootTranslators(page), page).toEqual([]);
  });

  it("the organization shell, loading and error views read only the root layout's namespaces", () => {
    for (const file of ["app/[org]/layout.tsx", ...files("app/[org]", /^(loading|error|not-found|forbidden)\.tsx$/)]) {
      for (const [ns, readers] of clientNamespaces(file))
        expect(ROOT_CLIENT_NAMESPACES as readonly string[], `${readers.join(", ")} reads "${ns}"`).toContain(ns);
    }
  });

  it("the root layout, the (auth) layout and the public pages' client components read only the root layout's namespaces", () => {
    const own = new Set([...orgPages, ...authPages]);
    for (const file of files("app", /^(layout|page|error|not-found|global-error)\.tsx$/).filter(
      (f) => !f.startsWith("app/[org]/") && !own.has(f),
    )) {
      for (const [ns, readers] of clientNamespaces(file))
        expect(ROOT_CLIENT_NAMESPACES as readonly string[], `${readers.join(", ")} reads "${ns}"`).toContain(ns);
    }
  });

  it("picks whole namespaces", () => {
    const messages = { a: { x: "1" }, b: { y: "2" }, c: "3" };
    expect(pickMessages(messages, ["a", "c", "missing"])).toEqual({ a: { x: "1" }, c: "3" });
  });
});
