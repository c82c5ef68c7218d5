"use client";

import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext, useId, useState } from "react";
import { QuickEntry } from "@/components/measurements/quick-entry";
import { buttonClass } from "@/components/ui/button";

/**
 * One metric's quick entry open at a time: QuickEntry's fields have fixed
 * ids ("field-value", …), so two open forms would share ids and labels.
 */
const OpenEntry = createContext<{ open: string | null; setOpen: (id: string | null) => void }>({ open: null, setOpen: () => {} });

export function MetricEntryGroup({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<string | null>(null);
  return <OpenEntry.Provider value={{ open, setOpen }}>{children}</OpenEntry.Provider>;
}

type Props = { org: string; channelId: string; metricId: string; metricName: string; today: string; unitLabel: string };

/** "Record" under a metric, unfolding QuickEntry for it (and folding any other). */
export function MetricEntry({ org, channelId, metricId, metricName, today, unitLabel }: Props) {
  const t = useTranslations("channels.metrics");
  const { open, setOpen } = useContext(OpenEntry);
  const panel = useId();
  const isOpen = open === metricId;
  return (
    <div>
      <button
        type="button"
        aria-expanded={isOpen}
        aria-controls={panel}
        onClick={() => setOpen(isOpen ? null : metricId)}
        className={buttonClass(isOpen ? "ghost" : "secondary", "min-h-9 px-3 py-1.5")}
      >
        {isOpen ? t("close") : t("record")}
        <span className="sr-only"> {metricName}</span>
      </button>
      <div id={panel}>
        {isOpen ? (
          <div className="mt-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <QuickEntry org={org} channelId={channelId} metricId={metricId} today={today} unitLabel={unitLabel} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
