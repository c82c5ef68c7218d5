// Values that a globalSetup hands to test files through provide/inject.
// postgres-global.ts and pglite-global.ts provide them, the setup files inject them.
export {};

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
    /** pglite-global.ts: a migrated PGlite folder each int-pglite file copies. */
    pgliteTemplate: string;
  }
}
