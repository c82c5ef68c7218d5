import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { listAuditEvents } from "@/lib/data/audit";
import { channelCatalog } from "@/lib/data/benchmarks";
import { listMembers } from "@/lib/data/team";
import { AUDIT_KINDS, kindOf } from "@/lib/domain/audit-kinds";
import { formatDateTime } from "@/lib/format";
import { AuditFilterForm } from "./audit-filters";
import { describeEvent, seriesNamer, type Translate } from "./describe";
import { auditHref, parseAuditQuery, type AuditSearchParams } from "./query";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

/** The organization's audit log, for its owners only (anyone else gets the same 404 as a missing page). */
async function AuditPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<AuditSearchParams> }) {
  const { org: slug } = await params;
  const { ctx, org } = await pageTenant(slug, "audit.read");
  const { filters, cursor, invalid } = parseAuditQuery(await searchParams);
  const [page, members, catalog, t, locale] = await Promise.all([
    listAuditEvents(ctx, filters, { timeZone: org.timeZone, cursor }),
    listMembers(ctx),
    channelCatalog(ctx, undefined, { derived: true }),
    getTranslations("audit"),
    getLocale(),
  ]);
  const say = t as unknown as Translate;
  const names = seriesNamer(catalog, locale);
  const filtered = Object.keys(filters).length > 0;
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <Link href={`/${slug}/team`} className={buttonClass("secondary")}>
            {t("backToTeam")}
          </Link>
        }
      />
      <div className="space-y-6">
        {invalid.length ? (
          <Alert tone="error">{t("invalid", { fields: invalid.map((f) => say(`fieldNames.${f}`)).join(", ") })}</Alert>
        ) : null}
        <AuditFilterForm
          resetHref={auditHref(slug, {})}
          labels={{
            label: t("filters.label"),
            kind: t("filters.kind"),
            person: t("filters.person"),
            from: t("filters.from"),
            to: t("filters.to"),
            apply: t("filters.apply"),
            reset: t("filters.reset"),
          }}
          kinds={[{ value: "", label: t("filters.allKinds") }, ...AUDIT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))]}
          people={[{ value: "", label: t("filters.everyone") }, ...members.map((m) => ({ value: m.userId, label: m.name }))]}
          filters={filters}
        />
        <section aria-labelledby="audit-heading">
          <h2 id="audit-heading" className="sr-only">
            {t("listHeading")}
          </h2>
          {page.events.length ? (
            <Card>
              <ol className="divide-y divide-slate-200 dark:divide-slate-800">
                {page.events.map((e) => {
                  const kind = kindOf(e.action);
                  return (
                    <li key={e.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                      <p className="text-sm">{describeEvent(say, locale, e, names)}</p>
                      <p className="flex shrink-0 items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                        {kind ? <Badge tone={kind === "security" ? "amber" : "neutral"}>{t(`kinds.${kind}`)}</Badge> : null}
                        <time dateTime={e.createdAt.toISOString()}>{formatDateTime(locale, e.createdAt, org.timeZone)}</time>
                      </p>
                    </li>
                  );
                })}
              </ol>
            </Card>
          ) : (
            <EmptyState title={t("emptyTitle")} body={filtered ? t("emptyFiltered") : t("emptyBody")} />
          )}
        </section>
        {page.newer || page.older ? (
          <nav aria-label={t("pagination")} className="flex flex-wrap gap-2">
            {page.newer ? (
              <>
                <Link href={auditHref(slug, filters)} className={buttonClass("ghost")}>
                  {t("newest")}
                </Link>
                <Link href={auditHref(slug, filters, { after: page.newer })} className={buttonClass("secondary")} rel="prev">
                  {t("newer")}
                </Link>
              </>
            ) : null}
            {page.older ? (
              <Link href={auditHref(slug, filters, { before: page.older })} className={buttonClass("secondary")} rel="next">
                {t("older")}
              </Link>
            ) : null}
          </nav>
        ) : null}
      </div>
    </>
  );
}

export default withMessages([], AuditPage);
