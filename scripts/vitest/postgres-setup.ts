import { inject } from "vitest";
import { openTestDatabase, TEST_AUTH_SECRET } from "./shared";

// The run's own database, made by postgres-global.ts. Files share it, so each
// test makes its own organizations (see CONVENTIONS.md).
process.env.DATABASE_URL = inject("testDatabaseUrl");
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
// Two workers times a small pool stays far below max_connections.
process.env.DATABASE_POOL_SIZE ??= "4";

await openTestDatabase();
