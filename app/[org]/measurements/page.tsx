import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { BulkGrid } from "@/components/measurements/bulk-grid";
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
import { channelCatalog } from "@/lib/data/benchmarks";
import { can } from "@/lib/domain/permissions";
import { ImportActionsProvider } from "@/components/measurements/import-actions";
import { deletePresetAction, renamePresetAction, savePresetAction, undoImportAction } from "./imports/actions";

const importActions = {
  undoImport: undoImportAction,
  savePreset: savePresetAction,
  renamePreset: renamePresetAction,
  deletePreset: deletePresetAction,
};
import { listImports, listPresets } from "@/lib/data/imports";
import { channelValuesOn, hasAnyMeasurement } from "@/lib/data/measurements";
import { type Granularity, periodDates } from "@/lib/domain/periods";
import { COVERS } from "@/lib/domain/series";
import { todayIn } from "@/lib/format";
import { GridPicker } from "./grid-picker";
import { localized } from "@/lib/i18n/locales";
import { recordBulkAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("measurements") };
}

const GRANULARITIES: readonly Granularity[] = COVERS;

/** The grid, import and export load behind a skeleton of the page (why not loading.tsx: components/ui/page-skeletons.tsx). */
export default async function MeasurementsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ channel?: string; every?: string }>;
}) {
  const [{ org: slug }, query, t] = await Promise.all([params, searchParams, getTranslations("shell")]);
  // Not a member: the 404 is answered before anything streams (the view below reads the same, cached tenant).
  await pageTenant(slug);
  return (
    <Suspense fallback={<MeasurementsSkeleton label={t("loading")} />}>
      <Measurements slug={slug} query={query} />
    </Suspense>
  );
}

async function Measurements({ slug, query }: { slug: string; query: { channel?: string; every?: string } }) {
  const { ctx, org } = await pageTenant(slug);
  const [channels, anyMeasurement, pastImports, presets, t, tUnits, locale] = await Promise.all([
    // Someone who does not see money records and reads no spend or revenue here either.
    channelCatalog(ctx, undefined, { money: can(ctx.role, "money.view", org) }),
    hasAnyMeasurement(ctx),
    listImports(ctx),
    listPresets(ctx),
    getTranslations("measurements"),
    getTranslations("goals.units"),
    getLocale(),
  ]);
  const channel = channels.find((c) => c.id === query.channel) ?? channels[0];
  const every = GRANULARITIES.find((g) => g === query.every) ?? "week";
  const dates = periodDates(every, todayIn(org.timeZone));
  const values = channel ? await channelValuesOn(ctx, channel.id, dates) : {};
  const name = (x: { nameNb: string; nameEn: string }) => localized(x, locale);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          can(ctx.role, "apiToken.manage") ? (
            <Link href={`/${slug}/measurements/api`} className={buttonClass("secondary")}>
              {t("apiLink")}
            </Link>
          ) : undefined
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
          <Card className="space-y-4">
            <div>
              <h2 id="grid-heading" className="text-lg font-semibold">
                {t("grid.heading")}
              </h2>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("grid.body")}</p>
            </div>
            <GridPicker channels={channels.map((c) => ({ value: c.id, label: name(c) }))} channel={channel?.id ?? ""} every={every} />
            {channel ? (
              <BulkGrid
                key={`${channel.id}-${every}-${JSON.stringify(values)}`}
                org={slug}
                channelId={channel.id}
                metrics={channel.metrics.map((m) => ({ id: m.id, name: name(m), unitLabel: tUnits(m.unit) }))}
                dates={dates}
                values={values}
                recordBulk={recordBulkAction}
                every={every}
              />
            ) : null}
          </Card>
        </section>
        <div className="grid gap-8 2xl:grid-cols-2">
          <section aria-labelledby="import-heading">
            <Card className="space-y-4">
              <h2 id="import-heading" className="text-lg font-semibold">
                {t("import.title")}
              </h2>
              <ImportActionsProvider actions={importActions}>
                <CsvImport org={slug} canManage={can(ctx.role, "import.manage")} />
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
              <CsvExport org={slug} channels={channels} />
            </Card>
          </section>
        </div>
        {anyMeasurement ? <CitedTip figure="noGoalsRoi" /> : null}
      </div>
    </>
  );
}
