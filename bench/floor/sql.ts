import postgres from "postgres";

/** One pool for the process, as Målbar's db/client keeps one; DATABASE_URL is the bench database. */
export const sql = postgres(process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres", {
  max: 10,
  onnotice: () => {},
});
