import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CatalogChannel } from "@/lib/data/benchmarks";
import { localized } from "@/lib/i18n/locales";

const ENDPOINT = "https://<your-host>/api/v1/measurements";

function Code({ children }: { children: string }) {
  return (
    // Focusable, so a keyboard can scroll a line wider than the card.
    <pre tabIndex={0} className="overflow-x-auto rounded-lg bg-slate-950 p-3 font-mono text-xs leading-relaxed text-slate-100">
      <code>{children}</code>
    </pre>
  );
}

/** curl examples with one of the organization's own series, and the keys an item can name. */
export async function ApiExample({ catalog, today, locale }: { catalog: CatalogChannel[]; today: string; locale: string }) {
  const t = await getTranslations("measurements.api.example");
  const channel = catalog.find((c) => c.key === "instagram" && c.metrics.length) ?? catalog.find((c) => c.metrics.length);
  const metric = channel?.metrics[0];
  const item = JSON.stringify({ channel: channel?.key ?? "instagram", metric: metric?.key ?? "followers", date: today, value: 1250 });
  const post = `curl -X POST ${ENDPOINT} \\\n  -H "Authorization: Bearer mb_…" \\\n  -H "Content-Type: application/json" \\\n  -d '${item}'\n\n# 201 {"created":1,"corrected":0,"unchanged":0}`;
  const get = `curl "${ENDPOINT}?channel=${channel?.key ?? "instagram"}&metric=${metric?.key ?? "followers"}" \\\n  -H "Authorization: Bearer mb_…"`;
  return (
    <section aria-labelledby="example-heading">
      <h2 id="example-heading" className="mb-3 text-lg font-semibold">
        {t("heading")}
      </h2>
      <Card className="space-y-3 text-sm">
        <p className="text-slate-700 dark:text-slate-300">{t("post")}</p>
        <Code>{post}</Code>
        <p className="text-slate-700 dark:text-slate-300">{t("get")}</p>
        <Code>{get}</Code>
        <details>
          <summary className="cursor-pointer font-medium">{t("keysHeading")}</summary>
          <dl className="mt-2 space-y-2">
            {catalog.map((c) => (
              <div key={c.id}>
                <dt>
                  {localized(c, locale)} <code className="font-mono text-xs">{c.key}</code>
                </dt>
                <dd className="text-slate-600 dark:text-slate-400">
                  {c.metrics.map((m) => (
                    <code key={m.id} className="mr-2 inline-block font-mono text-xs" title={localized(m, locale)}>
                      {m.key}
                    </code>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
        </details>
      </Card>
    </section>
  );
}
