import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

const providesQueryClient = (file: string) =>
  /from ["']@\/components\/query-provider["']/.test(readFileSync(path.join(root, file), "utf8"));

/** A layout.tsx in the file's folder or above it (up to app/) that renders QueryProvider. */
function coveredByLayout(file: string): boolean {
  for (let dir = path.dirname(file); dir.startsWith("app"); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (existsSync(path.join(root, layout)) && providesQueryClient(layout)) return true;
  }
  return false;
}

// The root layout no longer provides react-query (it would put it in every page's first load):
// a component that uses it wraps itself in QueryProvider, or a route's layout does.
describe("react-query's provider", () => {
  it("is there for every component that uses react-query's hooks", () => {
    const hooks =
      /import\s*{[^}]*\b(useQuery|useQueries|useQueryClient|useMutation|useInfiniteQuery|useSuspenseQuery)\b[^}]*}\s*from\s*["']@tanstack\/react-query["']/;
    const users = [...sourceFiles("app"), ...sourceFiles("components")].filter((file) =>
      hooks.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(users.length).toBeGreaterThan(0);
    for (const file of users)
      expect(providesQueryClient(file) || coveredByLayout(file), `${file}: wrap it in QueryProvider (components/query-provider.tsx)`).toBe(
        true,
      );
  });
});
