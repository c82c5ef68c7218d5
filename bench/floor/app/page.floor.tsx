import { connection } from "next/server";
import { sql } from "../sql";

/**
 * The floor: one server-rendered page that runs one `select` through
 * postgres.js and renders a small result, nothing else (no proxy, no
 * messages, no client components). `npm run bench` measures every Målbar
 * page as a ratio to this page's requests per second in the same run.
 */
export default async function FloorPage({ searchParams }: { searchParams: Promise<{ slug?: string }> }) {
  await connection();
  const { slug = "bench" } = await searchParams;
  const rows = await sql<{ name: string; slug: string; createdAt: Date }[]>`
    select name, slug, created_at as "createdAt" from organizations where slug = ${slug}`;
  const org = rows[0];
  return (
    <main>
      <h1 id="floor-org" data-slug={org?.slug}>
        {org ? org.name : "not found"}
      </h1>
      {org && (
        <p>
          /{org.slug}, {org.createdAt.toISOString().slice(0, 10)}
        </p>
      )}
    </main>
  );
}
