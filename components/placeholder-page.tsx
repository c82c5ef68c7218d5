import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import type { IconName } from "@/components/ui/icon";
import { PageHeader } from "@/components/ui/page-header";

/** A section whose tools are on their way: says what will live here. */
export async function PlaceholderPage({ section, icon }: { section: "goals" | "measurements" | "reviews"; icon: IconName }) {
  const t = await getTranslations(section);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <EmptyState icon={icon} title={t("emptyTitle")} body={t("emptyBody")} />
    </>
  );
}
