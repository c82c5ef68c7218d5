// Values that a globalSetup hands to test files through provide/inject.
// postgres-global.ts provides it, postgres-setup.ts injects it.
export {};

declare module "vitest" {
  export interface ProvidedContext {
    testDatabaseUrl: string;
  }
}
