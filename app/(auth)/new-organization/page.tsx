import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { pageUser } from "@/lib/auth/page";
import { membershipsOfUser } from "@/lib/data/team";
import { NewOrganizationForm } from "./form";
import { withMessages } from "@/lib/i18n/page-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("newOrganization");
  return { title: t("title") };
}

async function NewOrganizationPage() {
  const user = await pageUser();
  const t = await getTranslations("newOrganization");
  const existing = await membershipsOfUser(user.id);
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{existing.length ? t("subtitleMore") : t("subtitleFirst")}</p>
      <div className="mt-6">
        <NewOrganizationForm />
      </div>
    </Card>
  );
}

export default withMessages(["errors", "newOrganization", "validation"], NewOrganizationPage);
