"use client";

/** The client half of the sized floor page's rows. */
export function Rows({ rows, slug }: { rows: { id: string; title: string; line: string }[]; slug: string }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200">
      {rows.map((r) => (
        <li key={r.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
          <a href={`/${slug}/goals/${r.id}`} className="font-medium text-slate-900 hover:underline">
            {r.title}
          </a>
          <span className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800">På sporet</span>
          <p className="text-sm text-slate-600">{r.line}</p>
        </li>
      ))}
    </ul>
  );
}
