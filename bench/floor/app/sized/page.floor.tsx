import { connection } from "next/server";
import { sql } from "../../sql";
import { Rows } from "./rows";

/**
 * The floor page grown to a given size: the same one `select`, then `rows`
 * rows of ordinary markup, half drawn on the server and half by a client
 * component from props (as Målbar's pages mix the two). `npm run bench` sizes
 * it to Målbar's own pages, so a page's ratio can be read beside what bare
 * Next.js reaches for a page of that size (bench/lib/targets.ts floorSized).
 */
export default async function SizedPage({ searchParams }: { searchParams: Promise<{ slug?: string; rows?: string }> }) {
  await connection();
  const { slug = "bench", rows = "10" } = await searchParams;
  const n = Math.max(0, Math.min(2000, Number(rows) || 0));
  const [org] = await sql<{ name: string; slug: string }[]>`select name, slug from organizations where slug = ${slug}`;
  const items = Array.from({ length: n }, (_, i) => ({
    id: `row-${i}`,
    title: `${org?.name ?? "not found"}: mål nummer ${i + 1} for kanalen`,
    line: `${(i * 37) % 100} % av målet, 12. desember 2026 · sist målt for ${i % 9} dager siden`,
  }));
  const half = Math.ceil(n / 2);
  return (
    <main>
      <h1 id="floor-org" data-slug={org?.slug}>
        {org ? org.name : "not found"}
      </h1>
      <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200">
        {items.slice(0, half).map((r) => (
          <li key={r.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
            <a href={`/${slug}/goals/${r.id}`} className="font-medium text-slate-900 hover:underline">
              {r.title}
            </a>
            <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800">
              På sporet
            </span>
            <p className="text-sm text-slate-600">{r.line}</p>
          </li>
        ))}
      </ul>
      <Rows rows={items.slice(half)} slug={slug} />
    </main>
  );
}
