import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { SectionCard } from "@/components/ui/section-card";
import type { OwnChannelRow } from "@/lib/data/benchmarks";
import { AddOwnChannel } from "./add-own-channel";
import { OwnChannelActions } from "./own-channel-actions";

/**
 * The organization's own channels (TikTok, the local paper): each links to
 * its channel page; owners and managers add, rename, archive and restore them.
 */
export async function OwnChannelsSection({ slug, channels, canManage }: { slug: string; channels: OwnChannelRow[]; canManage: boolean }) {
  const t = await getTranslations("ownChannels");
  return (
    <SectionCard id="own-channels-heading" title={t("heading")} description={t("intro")}>
      {channels.length ? (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {channels.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-3 first:pt-0">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <Link
                    href={`/${slug}/channels/${c.key}`}
                    className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-300"
                  >
                    {c.name}
                  </Link>
                  {c.archived ? <Badge tone="neutral">{t("archivedBadge")}</Badge> : null}
                </p>
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {t("metricCount", { count: c.metrics.length })}
                  {c.metrics.length ? `: ${c.metrics.map((m) => m.name).join(", ")}` : ""}
                </p>
              </div>
              {canManage ? <OwnChannelActions org={slug} channel={{ id: c.id, name: c.name, archived: c.archived }} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      )}
      <div className="mt-4">
        {canManage ? <AddOwnChannel org={slug} /> : <p className="text-sm text-slate-600 dark:text-slate-400">{t("readOnly")}</p>}
      </div>
    </SectionCard>
  );
}
