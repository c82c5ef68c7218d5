import { getTranslations } from "next-intl/server";
import { Skeleton, SkeletonChart, SkeletonHeader, SkeletonPage } from "@/components/ui/skeleton";

/**
 * The benchmarks page's shape while it loads: the table of channels, then the chart.
 * A loading.tsx is safe here: nothing below it answers 404 (the layout has
 * checked the membership); pages that can 404 use <Suspense> after the check
 * instead (components/ui/page-skeletons.tsx).
 */
export default async function BenchmarksLoading() {
  const t = await getTranslations("shell");
  return (
    <SkeletonPage label={t("loading")}>
      <SkeletonHeader />
      <div className="space-y-6">
        <div className="overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900">
          <div className="border-b border-slate-200 px-4 py-3 dark:border-slate-800">
            <Skeleton className="h-5 w-44" />
          </div>
          <div className="divide-y divide-slate-200 dark:divide-slate-800">
            {Array.from({ length: 6 }, (_, i) => (
              <div key={i} className="flex items-center gap-4 px-4 py-3">
                <Skeleton className="h-4 w-32" />
                <Skeleton className="h-4 flex-1" />
                <Skeleton className="h-4 w-12" />
              </div>
            ))}
          </div>
        </div>
        <SkeletonChart />
      </div>
    </SkeletonPage>
  );
}
