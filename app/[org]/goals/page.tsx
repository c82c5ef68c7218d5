import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PlaceholderPage } from "@/components/placeholder-page";
import { pageTenant } from "@/lib/auth/page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("goals") };
}

export default async function GoalsPage({ params }: { params: Promise<{ org: string }> }) {
  await pageTenant((await params).org);
  return <PlaceholderPage section="goals" icon="goals" />;
}
