import { useTranslations } from "next-intl";
import { CITED_FIGURES, type CitedFigure } from "@/lib/domain/cited-figures";
import { cn } from "./cn";

/**
 * One of the figures the guide behind Målbar quotes from others, as a short
 * tip naming who found it and the guide it comes through ("HubSpot, via the
 * guide …"), so it never reads as Målbar's own finding. The number goes
 * through Intl's percent format ("376 %" / "376%").
 */
export function CitedTip({ figure, className }: { figure: CitedFigure; className?: string }) {
  const t = useTranslations("help.cited");
  const { share, source } = CITED_FIGURES[figure];
  return (
    <div
      role="note"
      className={cn(
        "rounded-lg border-l-4 border-brand-500 bg-brand-50 px-4 py-3 text-sm dark:border-brand-400 dark:bg-brand-900/40",
        className,
      )}
    >
      <p className="text-xs font-semibold uppercase tracking-wide text-brand-800 dark:text-brand-200">{t("label")}</p>
      <p className="mt-1 text-slate-800 dark:text-slate-100">
        {t(`figures.${figure}`, { share, source: source ?? "", guide: t("guide") })}
      </p>
    </div>
  );
}
