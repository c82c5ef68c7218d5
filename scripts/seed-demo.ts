import { closeDb, getDb } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { DEMO_ORG_SLUG, DEMO_PASSWORD, DEMO_USERS, seedDemo } from "@/scripts/demo/seed";

const ROLE_LABEL = { owner: "owner   (eier)", manager: "manager (markedsansvarlig)", member: "member  (ansatt)" } as const;

async function main(): Promise<void> {
  // Known passwords in a production database would be a way in for anyone who reads the README.
  if (process.env.NODE_ENV === "production" && process.env.MAALBAR_ALLOW_DEMO_SEED !== "1") {
    console.error(
      "Refusing to seed the demo organization: NODE_ENV=production, and the demo users have a published password.\n" +
        "Set MAALBAR_ALLOW_DEMO_SEED=1 if you really want demo data in this database.",
    );
    process.exitCode = 1;
    return;
  }
  try {
    await migrateDatabase();
    const { created } = await seedDemo(getDb());
    console.log(
      created
        ? "Demo organization created: Bakeriet i Oslo"
        : "Demo organization already present: Bakeriet i Oslo (only missing demo data was added)",
    );
    console.log(`Open it at the path /${DEMO_ORG_SLUG}`);
    console.log("Log in as one of:");
    for (const u of DEMO_USERS) console.log(`  ${ROLE_LABEL[u.role].padEnd(27)} ${u.email.padEnd(20)} password: ${DEMO_PASSWORD}`);
  } catch (error) {
    console.error("Seeding the demo failed:", error instanceof Error ? error.message : error);
    if (error instanceof Error && error.cause) console.error("Cause:", error.cause);
    process.exitCode = 1;
  } finally {
    await closeDb();
  }
}

void main();
