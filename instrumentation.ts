// Runs once when a server instance starts: validate the environment and apply
// pending migrations before the first request is served.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, authSecret } = await import("@/lib/env");
  const { migrateDatabase } = await import("@/db/migrate");
  const { log } = await import("@/lib/log");
  const { DATABASE_URL } = env();
  authSecret();
  await migrateDatabase();
  log.info({ event: "startup", database: DATABASE_URL ? "postgres" : "pglite" }, "Målbar is ready");
}
