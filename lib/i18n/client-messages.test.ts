import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { AUTH_CLIENT_NAMESPACES, omitMessages, ORG_EXCLUDED_NAMESPACES, pickMessages, ROOT_CLIENT_NAMESPACES } from "./client-messages";

const root = path.resolve(__dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** Client components and the namespaces they name in useTranslations("…"). */
const clientFiles = [...sourceFiles("app"), ...sourceFiles("components")]
  .map((file) => ({ file, source: readFileSync(path.join(root, file), "utf8") }))
  .filter(({ source }) => /^["']use client["'];?/m.test(source))
  .map(({ file, source }) => ({
    file: file.split(path.sep).join("/"),
    namespaces: [...source.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!.split(".")[0]!),
  }));

describe("messages sent to the browser", () => {
  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(20);
  });

  it("every listed namespace exists in the catalog", () => {
    for (const ns of [...ROOT_CLIENT_NAMESPACES, ...AUTH_CLIENT_NAMESPACES]) expect(Object.keys(en), ns).toContain(ns);
  });

  it("the (auth) pages' client components read only namespaces the (auth) layout passes", () => {
    for (const { file, namespaces } of clientFiles.filter((f) => f.file.startsWith("app/(auth)/"))) {
      for (const ns of namespaces) expect(AUTH_CLIENT_NAMESPACES as readonly string[], `${file} reads "${ns}"`).toContain(ns);
    }
  });

  it("client components outside (auth) and [org] read only namespaces the root layout passes", () => {
    for (const { file, namespaces } of clientFiles.filter((f) => f.file.startsWith("app/") && !/^app\/(\(auth\)|\[org\])\//.test(f.file))) {
      for (const ns of namespaces) expect(ROOT_CLIENT_NAMESPACES as readonly string[], `${file} reads "${ns}"`).toContain(ns);
    }
  });

  it("the /[org] shell reads only namespaces the root layout passes (it renders outside the page's provider)", () => {
    for (const { file, namespaces } of clientFiles.filter(
      (f) => f.file.startsWith("components/shell/") || f.file === "components/language-switcher.tsx",
    )) {
      for (const ns of namespaces) expect(ROOT_CLIENT_NAMESPACES as readonly string[], `${file} reads "${ns}"`).toContain(ns);
    }
  });

  it("no client component under [org] or components/ reads a namespace the [org] layout leaves out", () => {
    for (const { file, namespaces } of clientFiles.filter((f) => f.file.startsWith("app/[org]/") || f.file.startsWith("components/"))) {
      for (const ns of namespaces) expect(ORG_EXCLUDED_NAMESPACES as readonly string[], `${file} reads "${ns}"`).not.toContain(ns);
    }
  });

  it("picks and omits whole namespaces", () => {
    const messages = { a: { x: "1" }, b: { y: "2" }, c: "3" };
    expect(pickMessages(messages, ["a", "c", "missing"])).toEqual({ a: { x: "1" }, c: "3" });
    expect(omitMessages(messages, ["a"])).toEqual({ b: { y: "2" }, c: "3" });
  });
});
