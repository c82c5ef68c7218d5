import { Skeleton, SkeletonCard, SkeletonChart, SkeletonHeader, SkeletonPage } from "./skeleton";

/*
 * The shapes of the organization's pages while their data loads, each inside
 * SkeletonPage (busy, with a spoken "Loading …"). Pages show them through a
 * <Suspense> placed after their own 404 checks, not through loading.tsx: a
 * loading.tsx above a page starts the response as a 200 before the page can
 * answer 404 (Next.js streams), and another organization's ids must answer
 * exactly like missing ones.
 */
/**
 * The dashboard's shape while it loads (the header, the row of figures, the
 * goals): a few blocks, not a detailed copy. It is sent twice with every
 * dashboard (as HTML and in the RSC payload) even when the data is already
 * there, so it stays small (issue 20).
 */
export function DashboardSkeleton({ label }: { label: string }) {
  return (
    <SkeletonPage label={label}>
      <SkeletonHeader />
      <div className="grid gap-4 sm:grid-cols-3">
        <Skeleton className="h-28 rounded-xl" />
        <Skeleton className="h-28 rounded-xl" />
        <Skeleton className="h-28 rounded-xl" />
      </div>
      <Skeleton className="mt-8 h-96 rounded-xl" />
    </SkeletonPage>
  );
}

/** The goals list's shape while it loads: filters, then goal cards two by two. */
export function GoalsListSkeleton({ label }: { label: string }) {
  return (
    <SkeletonPage label={label}>
      <SkeletonHeader action />
      <div className="mb-6 flex flex-wrap gap-3">
        <Skeleton className="h-9 w-40 rounded-lg" />
        <Skeleton className="h-9 w-40 rounded-lg" />
      </div>
      <Skeleton className="mb-3 h-5 w-32" />
      <div className="grid gap-3 md:grid-cols-2">
        {Array.from({ length: 4 }, (_, i) => (
          <div
            key={i}
            className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
          >
            <div className="flex justify-between gap-3">
              <Skeleton className="h-4 w-48 max-w-[70%]" />
              <Skeleton className="h-5 w-16 rounded-full" />
            </div>
            <Skeleton className="h-3 w-40" />
            <Skeleton className="h-2.5 w-full rounded-full" />
          </div>
        ))}
      </div>
    </SkeletonPage>
  );
}

/** A goal page's shape while it loads: progress, chart and facts; the measurement entry beside them. */
export function GoalPageSkeleton({ label }: { label: string }) {
  return (
    <SkeletonPage label={label}>
      <div className="mb-6 space-y-2">
        <Skeleton className="h-4 w-16" />
        <Skeleton className="h-7 w-96 max-w-full" />
        <Skeleton className="h-5 w-16 rounded-full" />
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <SkeletonCard lines={1}>
            <Skeleton className="mt-3 h-2.5 w-full rounded-full" />
          </SkeletonCard>
          <SkeletonChart />
          <SkeletonCard lines={4} />
        </div>
        <div className="space-y-6">
          <SkeletonCard lines={0}>
            <div className="mt-4 space-y-3">
              <Skeleton className="h-9 w-full rounded-lg" />
              <Skeleton className="h-9 w-full rounded-lg" />
              <Skeleton className="h-9 w-24 rounded-lg" />
            </div>
          </SkeletonCard>
          <SkeletonCard lines={5} />
        </div>
      </div>
    </SkeletonPage>
  );
}

/** The goal form's shape while it loads: the fields, and the SMART check beside them. */
export function GoalFormSkeleton({ label }: { label: string }) {
  return (
    <SkeletonPage label={label}>
      <SkeletonHeader />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <SkeletonCard lines={0}>
          <div className="mt-4 space-y-5">
            {Array.from({ length: 6 }, (_, i) => (
              <div key={i} className="space-y-1.5">
                <Skeleton className="h-3.5 w-28" />
                <Skeleton className="h-9 w-full rounded-lg" />
              </div>
            ))}
          </div>
        </SkeletonCard>
        <SkeletonCard lines={5} />
      </div>
    </SkeletonPage>
  );
}

/** The measurements page's shape while it loads: the grid, then import and export. */
export function MeasurementsSkeleton({ label }: { label: string }) {
  return (
    <SkeletonPage label={label}>
      <SkeletonHeader action />
      <div className="space-y-8">
        <SkeletonCard lines={1}>
          <div className="mt-4 flex flex-wrap gap-3">
            <Skeleton className="h-9 w-44 rounded-lg" />
            <Skeleton className="h-9 w-32 rounded-lg" />
          </div>
          <div className="mt-4 space-y-2">
            {Array.from({ length: 5 }, (_, i) => (
              <Skeleton key={i} className="h-9 w-full" />
            ))}
          </div>
        </SkeletonCard>
        <SkeletonCard lines={3} />
        <SkeletonCard lines={2} />
      </div>
    </SkeletonPage>
  );
}

/** The reviews page's shape while it loads: the next meeting, the list; the planning forms beside them. */
export function ReviewsSkeleton({ label }: { label: string }) {
  return (
    <SkeletonPage label={label}>
      <SkeletonHeader />
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <div className="space-y-6">
          <SkeletonCard lines={2} />
          <div>
            <Skeleton className="mb-3 h-5 w-40" />
            <div className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white shadow-sm dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
              {Array.from({ length: 3 }, (_, i) => (
                <div key={i} className="flex items-center justify-between gap-3 px-4 py-3">
                  <div className="space-y-2">
                    <Skeleton className="h-4 w-48" />
                    <Skeleton className="h-3 w-24" />
                  </div>
                  <Skeleton className="h-5 w-20 rounded-full" />
                </div>
              ))}
            </div>
          </div>
        </div>
        <div className="space-y-6">
          <SkeletonCard lines={4} />
          <SkeletonCard lines={2} />
        </div>
      </div>
    </SkeletonPage>
  );
}

/** A meeting's shape while it loads: title and attendees, then one card per goal on the agenda. */
export function MeetingSkeleton({ label }: { label: string }) {
  return (
    <SkeletonPage label={label}>
      <div className="mb-6 space-y-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-7 w-80 max-w-full" />
        <Skeleton className="h-4 w-56" />
      </div>
      <Skeleton className="mb-4 h-5 w-32" />
      <div className="space-y-4">
        {[0, 1].map((i) => (
          <SkeletonCard key={i} lines={3}>
            <Skeleton className="mt-4 h-2.5 w-full rounded-full" />
            <Skeleton className="mt-4 h-20 w-full rounded-lg" />
          </SkeletonCard>
        ))}
      </div>
    </SkeletonPage>
  );
}
