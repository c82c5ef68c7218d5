import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { CsvExport } from "@/components/measurements/csv-export";
import { CsvImport } from "@/components/measurements/csv-import";
import { ImportHistory } from "@/components/measurements/import-history";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CitedTip } from "@/components/ui/cited-tip";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { MeasurementsSkeleton } from "@/components/ui/page-skeletons";
import { pageTenant } from "@/lib/auth/page";
import { activeChannels, channelCatalog } from "@/lib/data/benchmarks";
import { can } from "@/lib/domain/permissions";
import { ImportActionsProvider } from "@/components/measurements/import-actions";
import { deletePresetAction, renamePresetAction, savePresetAction, undoImportAction, updatePresetAction } from "./imports/actions";

const importActions = {
  undoImport: undoImportAction,
  savePreset: savePresetAction,
  updatePreset: updatePresetAction,
  renamePreset: renamePresetAction,
  deletePreset: deletePresetAction,
};
import { listImports, listPresets } from "@/lib/data/imports";
import { hasAnyMeasurement } from "@/lib/data/measurements";
import { todayIn } from "@/lib/format";
import { GridSection, type GridQuery } from "./grid-section";
import { withMessages } from "@/lib/i18n/page-messages";
import { localized } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("measurements") };
}

/** The grid, import and export load behind a skeleton of the page (why not loading.tsx: components/ui/page-skeletons.tsx). */
async function MeasurementsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<GridQuery> }) {
  const [{ org: slug }, query, t] = await Promise.all([params, searchParams, getTranslations("shell")]);
  // Not a member: the 404 is answered before anything streams (the view below reads the same, cached tenant).
  await pageTenant(slug);
  return (
    <Suspense fallback={<MeasurementsSkeleton label={t("loading")} />}>
      <Measurements slug={slug} query={query} />
    </Suspense>
  );
}

async function Measurements({ slug, query }: { slug: string; query: GridQuery }) {
  const { ctx, org } = await pageTenant(slug);
  const [channels, anyMeasurement, pastImports, presets, t, locale] = await Promise.all([
    // Someone who does not see money records and reads no spend or revenue here either.
    channelCatalog(ctx, undefined, { money: can(ctx.role, "money.view", org) }),
    hasAnyMeasurement(ctx),
    listImports(ctx),
    listPresets(ctx),
    getTranslations("measurements"),
    getLocale(),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <div className="flex flex-wrap gap-2">
            <Link href={`/${slug}/measurements/history`} className={buttonClass("secondary")}>
              {t("history.link")}
            </Link>
            {can(ctx.role, "apiToken.manage") ? (
              <Link href={`/${slug}/measurements/api`} className={buttonClass("secondary")}>
                {t("apiLink")}
              </Link>
            ) : null}
          </div>
        }
      />
      <div className="space-y-8">
        {anyMeasurement ? null : (
          <EmptyState
            icon="measurements"
            title={t("empty.title")}
            body={t("empty.body")}
            action={
              <div className="flex flex-col gap-2 sm:flex-row">
                <a href="#grid-heading" className={buttonClass()}>
                  {t("empty.grid")}
                </a>
                <a href="#import-heading" className={buttonClass("secondary")}>
                  {t("empty.import")}
                </a>
              </div>
            }
          />
        )}
        {/* Why measure: first thing on an empty page, out of the way once there is data. */}
        {anyMeasurement ? null : <CitedTip figure="noGoalsRoi" />}
        <section aria-labelledby="grid-heading">
          <GridSection ctx={ctx} slug={slug} channels={activeChannels(channels)} today={todayIn(org.timeZone)} query={query} />
        </section>
        <div className="grid gap-8 2xl:grid-cols-2">
          <section aria-labelledby="import-heading">
            <Card className="space-y-4">
              <h2 id="import-heading" className="text-lg font-semibold">
                {t("import.title")}
              </h2>
              <ImportActionsProvider actions={importActions}>
                <CsvImport
                  org={slug}
                  canManage={can(ctx.role, "import.manage")}
                  intro={
                    <>
                      <p className="text-sm text-slate-600 dark:text-slate-400">{t("import.intro")}</p>
                      <p className="text-sm text-slate-600 dark:text-slate-400">{t("import.platforms")}</p>
                      <p className="text-sm text-slate-600 dark:text-slate-400">{t("import.correctionsNote")}</p>
                    </>
                  }
                />
              </ImportActionsProvider>
            </Card>
          </section>
          <section aria-labelledby="imports-heading">
            <Card className="space-y-4">
              <h2 id="imports-heading" className="text-lg font-semibold">
                {t("imports.title")}
              </h2>
              <ImportActionsProvider actions={importActions}>
                <ImportHistory
                  org={slug}
                  items={pastImports}
                  presets={presets}
                  catalog={channels.map((c) => ({
                    id: c.id,
                    key: c.key,
                    nameNb: c.nameNb,
                    nameEn: c.nameEn,
                    metrics: c.metrics.map((m) => ({ id: m.id, key: m.key, nameNb: m.nameNb, nameEn: m.nameEn })),
                  }))}
                  canManage={can(ctx.role, "import.manage")}
                  timeZone={org.timeZone}
                />
              </ImportActionsProvider>
            </Card>
          </section>
          <section aria-labelledby="export-heading">
            <Card className="space-y-4">
              <h2 id="export-heading" className="text-lg font-semibold">
                {t("export.title")}
              </h2>
              <CsvExport
                org={slug}
                channels={channels.map((c) => ({
                  key: c.key,
                  name: localized(c, locale),
                  metrics: c.metrics.map((m) => ({ key: m.key, name: localized(m, locale) })),
                }))}
                intro={<p className="text-sm text-slate-600 dark:text-slate-400">{t("export.intro")}</p>}
              />
            </Card>
          </section>
        </div>
        {anyMeasurement ? <CitedTip figure="noGoalsRoi" /> : null}
      </div>
    </>
  );
}

export default withMessages(["errors", "import", "measurements", "validation"], MeasurementsPage);
