import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverRouteHandlers, discoverServerActions, hasInlineServerDirective, isServerModule, matrixGaps } from "./discovery";

// A throw-away tree shaped like the app: the discovery must find the action
// and the route someone adds tomorrow, and the matrix check must then fail.
let base: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(base, file)), { recursive: true });
  writeFileSync(path.join(base, file), text);
};

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), "maalbar-discovery-"));
  write(
    "app/[org]/reports/actions.ts",
    `'use server';\nexport async function deleteReportAction() { return 1; }\nexport const shareReportAction = async () => 2;\n`,
  );
  write(
    "lib/export/actions.ts",
    `// Exports to other systems.\n/* The directive may follow comments. */\n"use server"\n\nexport async function pushToCrm() { return 3; }\n`,
  );
  write(
    "app/[org]/reports/helpers.ts",
    `export async function notAnAction() { return 4; }\n// "use server" in a comment is not a directive\n`,
  );
  write(
    "app/[org]/reports/page.tsx",
    `export default async function Page() {\n  async function inlineAction() {\n    "use server";\n  }\n  return inlineAction;\n}\n`,
  );
  write("app/[org]/reports/actions.test.ts", `'use server';\nexport async function fromATest() {}\n`);
  write(
    "app/api/orgs/[org]/reports/route.ts",
    `export const dynamic = "force-dynamic";\nexport async function GET() { return new Response("r"); }\nexport async function DELETE() { return new Response(null, { status: 204 }); }\n`,
  );
});
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe("discovering entry points", () => {
  it("recognises the directive only as a module's first statement", () => {
    expect(isServerModule(`"use server";\nexport async function a() {}`)).toBe(true);
    expect(isServerModule(`// why\n'use server'\nexport async function a() {}`)).toBe(true);
    expect(isServerModule(`import x from "y";\n"use server";`)).toBe(false);
    expect(isServerModule(`"use client";\nexport function A() {}`)).toBe(false);
    expect(hasInlineServerDirective(`export async function f() {\n  "use server";\n}`)).toBe(true);
    expect(hasInlineServerDirective(`"use server";\nexport async function f() {}`)).toBe(false);
  });

  it("lists every exported action of every 'use server' module and every route method, and the matrix check reports each one missing", async () => {
    const { actions, inline } = await discoverServerActions(base, ["app", "lib"]);
    const routes = await discoverRouteHandlers(base);
    expect(actions.map((a) => a.key)).toEqual([
      "app/[org]/reports/actions.ts#deleteReportAction",
      "app/[org]/reports/actions.ts#shareReportAction",
      "lib/export/actions.ts#pushToCrm",
    ]);
    expect(inline).toEqual(["app/[org]/reports/page.tsx"]);
    expect(routes.map((r) => r.key)).toEqual(["app/api/orgs/[org]/reports/route.ts#GET", "app/api/orgs/[org]/reports/route.ts#DELETE"]);
    // The functions are the modules' real exports, so the matrix test can call them.
    expect(await (actions[0]!.fn as () => Promise<number>)()).toBe(1);

    const matrix = { "app/[org]/reports/actions.ts#deleteReportAction": {}, "app/[org]/gone/actions.ts#removedAction": {} };
    expect(matrixGaps([...actions, ...routes], matrix)).toEqual({
      missing: [
        "app/[org]/reports/actions.ts#shareReportAction",
        "app/api/orgs/[org]/reports/route.ts#DELETE",
        "app/api/orgs/[org]/reports/route.ts#GET",
        "lib/export/actions.ts#pushToCrm",
      ],
      stale: ["app/[org]/gone/actions.ts#removedAction"],
    });
  });
});
