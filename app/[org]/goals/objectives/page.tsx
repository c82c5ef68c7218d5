import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CitedTip } from "@/components/ui/cited-tip";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageTenant } from "@/lib/auth/page";
import { can } from "@/lib/domain/permissions";
import { listObjectives } from "@/lib/data/goals";
import { ArchiveObjectiveButton, ObjectiveForm } from "./objective-forms";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("objectives");
  return { title: t("title") };
}

async function ObjectivesPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { ctx } = await pageTenant(slug);
  const [objectives, t] = await Promise.all([listObjectives(ctx, { includeArchived: true }), getTranslations("objectives")]);
  const canWrite = can(ctx.role, "objective.write");
  return (
    <>
      <Link href={`/${slug}/goals`} className="text-sm text-brand-700 underline-offset-2 hover:underline dark:text-brand-300">
        ← {t("back")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("title")} description={t("subtitle")} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="objectives-list">
          <h2 id="objectives-list" className="sr-only">
            {t("title")}
          </h2>
          {objectives.length ? (
            <ul className="space-y-3">
              {objectives.map((o) => (
                <li key={o.id}>
                  <Card>
                    <div className="flex items-start justify-between gap-3">
                      <div>
                        <p className="font-medium">
                          {o.title} {o.archivedAt ? <Badge>{t("archived")}</Badge> : null}
                        </p>
                        {o.description ? <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{o.description}</p> : null}
                      </div>
                      {canWrite ? <ArchiveObjectiveButton org={slug} id={o.id} archived={Boolean(o.archivedAt)} /> : null}
                    </div>
                    {canWrite && !o.archivedAt ? (
                      <details className="mt-3">
                        <summary className="cursor-pointer text-sm text-brand-700 dark:text-brand-300">{t("edit")}</summary>
                        <div className="mt-3">
                          <ObjectiveForm org={slug} objective={{ id: o.id, title: o.title, description: o.description }} />
                        </div>
                      </details>
                    ) : null}
                  </Card>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState
              icon="goals"
              title={t("emptyTitle")}
              body={canWrite ? t("emptyBodyManager") : t("emptyBodyMember")}
              action={
                canWrite ? (
                  // The form is beside the list from lg up, below it on a phone.
                  <a href="#title-new" className={buttonClass("secondary")}>
                    {t("emptyAction")}
                  </a>
                ) : undefined
              }
            />
          )}
          <CitedTip figure="unclearGoals" className="mt-6" />
        </section>
        {canWrite ? (
          <aside>
            <Card>
              <h2 className="text-lg font-semibold">{t("newHeading")}</h2>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("newBody")}</p>
              <div className="mt-4">
                <ObjectiveForm org={slug} />
              </div>
            </Card>
          </aside>
        ) : null}
      </div>
    </>
  );
}

export default withMessages(["errors", "objectives", "validation"], ObjectivesPage);
