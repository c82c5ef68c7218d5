import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** The public pages' footer: where a visitor learns what Målbar stores about them. */
export async function SiteFooter() {
  const t = await getTranslations("privacy");
  return (
    <footer className="mx-auto w-full max-w-5xl px-4 py-6 text-sm text-slate-600 dark:text-slate-400">
      <Link href="/privacy" className="underline-offset-2 hover:underline">
        {t("footerLink")}
      </Link>
    </footer>
  );
}
