import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import tseslint from "typescript-eslint";

// The names a Drizzle database is reached by here. The plugin matches the
// object's identifier, or the callee's name for a call: `getDb().delete(t)`
// is matched by "getDb".
const drizzleObjectName = ["db", "tx", "getDb"];
const typed = ["**/*.ts", "**/*.tsx", "**/*.mts"];
const sonnerImport = { name: "sonner", message: 'Use `import { toast } from "@/components/toast"` (see docs/PERFORMANCE.md).' };
// next/link prefetches every link in view (23 requests on a dashboard view) and is 3 kB of every page's JavaScript.
const nextLinkImport = { name: "next/link", message: 'Use `import { Link } from "@/components/ui/link"` (see docs/PERFORMANCE.md).' };

const role = "Literal[value=/^(owner|manager|member)$/]";
const roleLiteralSelectors = [
  `BinaryExpression[operator=/^[!=]==?$/] > ${role}`,
  `ArrayExpression > ${role}`,
  `SwitchCase > ${role}.test`,
  `AssignmentPattern > ${role}.right`,
  `Property[key.name=/^(role|minRole)$/] > ${role}.value`,
  `CallExpression[callee.name=/^(can|hasRole|orgAction|orgRoute|pageTenant|tenantOf|eq|ne|inArray)$/] > ${role}`,
  `CallExpression[callee.property.name=/^(includes|has)$/] > ${role}`,
];
const roleMessage = 'A role decides nothing here: ask `can(role, "…")` from lib/domain/permissions.ts, or use its ROLES / OWNER_ROLE.';

/** @type {import("eslint").Linter.Config[]} */
const config = [
  {
    ignores: [
      ".next/**",
      // The floor app's build (bench/floor, npm run bench).
      "bench/floor/.next/**",
      "node_modules/**",
      "db/migrations/**",
      "test-results/**",
      "playwright-report/**",
      ".data/**",
      "coverage/**",
      "next-env.d.ts",
      "bench/floor/next-env.d.ts",
    ],
  },
  ...nextVitals,
  ...nextTypescript,
  // Type-aware rules (floating promises, unsafe any) on TypeScript only; the
  // few plain .mjs scripts and configs keep Next's untyped rules.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: typed })),
  {
    files: typed,
    languageOptions: {
      parserOptions: {
        // vitest.config.mts is outside tsconfig's "**/*.ts" include.
        projectService: { allowDefaultProject: ["vitest.config.mts"] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // React's onClick/action props accept a promise-returning function on purpose.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      // `_unused` marks a parameter kept for a signature (e.g. a route's request).
      "@typescript-eslint/no-unused-vars": ["warn", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Toasts go through components/toast.ts, which loads sonner on demand (and
    // the Toaster with it): imported directly, sonner would be back in the
    // page's first-load JavaScript, and its toasts could go unshown.
    files: typed,
    ignores: ["components/toaster.tsx"],
    rules: {
      "no-restricted-imports": ["error", { paths: [sonnerImport, nextLinkImport] }],
    },
  },
  {
    // Roles decide nothing outside the one permission table: code asks
    // `can(role, "goal.write")` (lib/domain/permissions.ts, docs/ARCHITECTURE.md).
    // A role literal compared, listed, passed to a guard or a query, or given
    // as a default is refused; message keys such as t("owner") are not roles.
    files: typed,
    ignores: [
      "lib/domain/permissions.ts",
      "lib/domain/roles.ts",
      "db/schema/**",
      "**/*.test.ts",
      "**/*.test.tsx",
      "test/**",
      "e2e/**",
      "scripts/**",
      "bench/**",
    ],
    rules: {
      "no-restricted-syntax": ["error", ...roleLiteralSelectors.map((selector) => ({ selector, message: roleMessage }))],
    },
  },
  {
    // Components never import from app/: the page hands a route's server
    // action down as a prop (components/forms/server-actions.ts).
    files: ["components/**/*.ts", "components/**/*.tsx"],
    ignores: ["components/toaster.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [sonnerImport, nextLinkImport],
          patterns: [
            { group: ["@/app", "@/app/*"], message: "Components do not import from app/: take the server action as a prop from the page." },
          ],
        },
      ],
    },
  },
  {
    // lib/data trusts its caller on the role: the wrappers have checked the
    // permission. A rule that also depends on the row gets the permission as data.
    files: ["lib/data/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            sonnerImport,
            nextLinkImport,
            {
              name: "@/lib/domain/permissions",
              importNames: ["can", "PERMISSIONS"],
              message: "lib/data never checks permissions: the action, route or page wrapper does (docs/ARCHITECTURE.md).",
            },
          ],
        },
      ],
    },
  },
  {
    plugins: { drizzle },
    rules: {
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName }],
    },
  },
];

export default config;
