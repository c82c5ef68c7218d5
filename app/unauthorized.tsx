import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** The root's 401 (nothing calls unauthorized() in a page today): small, like app/forbidden.tsx. */
export default async function Unauthorized() {
  const t = await getTranslations("accessPage");
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-4 text-center">
      <h1 className="text-2xl font-semibold">{t("unauthorized")}</h1>
      <Link href="/login" className="mt-6 underline">
        {t("logIn")}
      </Link>
    </main>
  );
}
