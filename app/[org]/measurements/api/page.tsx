import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SectionCard } from "@/components/ui/section-card";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { listApiTokens } from "@/lib/data/team";
import { channelCatalog } from "@/lib/data/benchmarks";
import { formatDay, todayIn } from "@/lib/format";
import { ApiExample } from "./api-example";
import { RevokeTokenButton } from "./revoke-token-button";
import { CreateTokenForm } from "./token-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("measurements.api");
  return { title: t("title") };
}

/** Owners and managers create and revoke ingestion-API tokens; members get a 404, as for any page outside their view. */
async function ApiTokensPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { ctx, org } = await pageTenant(slug, "apiToken.manage");
  const [tokens, catalog, t, locale] = await Promise.all([
    listApiTokens(ctx),
    channelCatalog(ctx),
    getTranslations("measurements.api"),
    getLocale(),
  ]);
  const date = (d: Date) => formatDay(locale, d, org.timeZone);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/${org.slug}/measurements`} className="text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
          ← {t("back")}
        </Link>
      </p>
      <PageHeader title={t("title")} description={t("intro", { org: org.name })} />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="tokens-heading" className="min-w-0 space-y-6">
          <div>
            <h2 id="tokens-heading" className="mb-3 text-lg font-semibold">
              {t("list.heading")}
            </h2>
            {tokens.length ? (
              <Card>
                <ul className="divide-y divide-slate-200 dark:divide-slate-800">
                  {tokens.map((token) => (
                    <li key={token.id} className="flex flex-col gap-2 px-4 py-3 text-sm sm:flex-row sm:items-center sm:justify-between">
                      <div className="min-w-0">
                        <p className="flex flex-wrap items-center gap-2">
                          <span className="truncate font-medium">{token.name}</span>
                          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:bg-slate-800">{token.prefix}…</code>
                        </p>
                        <p className="text-slate-600 dark:text-slate-400">
                          {token.createdByName
                            ? t("list.createdBy", { date: date(token.createdAt), name: token.createdByName })
                            : t("list.createdOn", { date: date(token.createdAt) })}
                          {" · "}
                          {token.lastUsedAt ? t("list.lastUsed", { date: date(token.lastUsedAt) }) : t("list.neverUsed")}
                        </p>
                      </div>
                      {token.revokedAt ? (
                        <span className="shrink-0">
                          <Badge tone="red">{t("list.revokedOn", { date: date(token.revokedAt) })}</Badge>
                        </span>
                      ) : (
                        <RevokeTokenButton org={org.slug} id={token.id} name={token.name} />
                      )}
                    </li>
                  ))}
                </ul>
              </Card>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">{t("list.none")}</p>
            )}
          </div>
          <ApiExample catalog={catalog} today={todayIn(org.timeZone)} locale={locale} />
        </section>
        <aside>
          <SectionCard id="create-heading" title={t("create.heading")} description={t("create.body")}>
            <CreateTokenForm org={org.slug} />
          </SectionCard>
        </aside>
      </div>
    </>
  );
}

export default withMessages(["errors", "measurements.api", "validation"], ApiTokensPage);
