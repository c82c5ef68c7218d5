import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { SectionCard } from "@/components/ui/section-card";
import { pageTenant } from "@/lib/auth/page";
import { can } from "@/lib/domain/permissions";
import { DeleteOrganizationForm } from "./delete-organization-form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("privacy.data");
  return { title: t("title") };
}

/** The organization's data is the owners': a copy of all of it, or none of it left (GDPR art. 17 and 20). */
async function OrganizationDataPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, ctx } = await pageTenant(slug, "org.export");
  const t = await getTranslations("privacy.data");
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle", { org: org.name })} />
      <div className="space-y-6">
        <SectionCard id="export-heading" title={t("exportHeading")} description={t("exportText")}>
          {/* A plain link: the browser downloads the stream itself, no script holds the file in memory. */}
          <a href={`/api/orgs/${org.slug}/export`} download className={buttonClass("primary")}>
            {t("exportButton")}
          </a>
        </SectionCard>
        {can(ctx.role, "org.delete") ? (
          <SectionCard id="delete-heading" title={t("deleteHeading")} description={t("deleteText", { org: org.name })}>
            <DeleteOrganizationForm org={org.slug} name={org.name} />
          </SectionCard>
        ) : null}
      </div>
    </>
  );
}

export default withMessages(["errors", "privacy.data", "privacy.deleteAccount", "privacy.deleteOrg", "validation"], OrganizationDataPage);
