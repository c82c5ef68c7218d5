import { closeDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { log } from "@/lib/log";

migrateDatabase()
  .then(() => log.info({ event: "migrated" }, "database migrated"))
  .catch((error: unknown) => {
    log.error({ err: error }, "migration failed");
    process.exitCode = 1;
  })
  .finally(() => closeDb());
