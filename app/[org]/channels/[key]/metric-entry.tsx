"use client";

import { useTranslations } from "next-intl";
import { createContext, type ReactNode, useContext, useEffect, useRef, useState } from "react";
import { QuickEntry } from "@/components/measurements/quick-entry";
import { recordMeasurementAction } from "../../measurements/actions";
import { buttonClass } from "@/components/ui/button";
import type { ValueUnit } from "@/lib/format";

/**
 * One metric's quick entry open at a time: QuickEntry's fields have fixed
 * ids ("field-value", …), so two open forms would share ids and labels.
 */
const OpenEntry = createContext<{ open: string | null; setOpen: (id: string | null) => void }>({ open: null, setOpen: () => {} });

export function MetricEntryGroup({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<string | null>(null);
  return <OpenEntry.Provider value={{ open, setOpen }}>{children}</OpenEntry.Provider>;
}

/** "Record" beside a metric: opens its entry form below (and closes any other). */
export function MetricEntryButton({ metricId, metricName }: { metricId: string; metricName: string }) {
  const t = useTranslations("channels.metrics");
  const { open, setOpen } = useContext(OpenEntry);
  const isOpen = open === metricId;
  return (
    <button
      type="button"
      aria-expanded={isOpen}
      aria-controls={panelId(metricId)}
      onClick={() => setOpen(isOpen ? null : metricId)}
      className={buttonClass(isOpen ? "ghost" : "secondary", "min-h-9 px-3 py-1.5")}
    >
      {isOpen ? t("close") : t("record")}
      <span className="sr-only"> {metricName}</span>
    </button>
  );
}

type PanelProps = { org: string; channelId: string; metricId: string; today: string; unitLabel: string; unit: ValueUnit };

/** The metric's QuickEntry, while its button has it open. */
export function MetricEntryPanel({ org, channelId, metricId, today, unitLabel, unit }: PanelProps) {
  const { open } = useContext(OpenEntry);
  const panel = useRef<HTMLDivElement>(null);
  // Opening the form is asking to type a value: put the cursor there.
  useEffect(() => {
    if (open === metricId) panel.current?.querySelector<HTMLInputElement>("input[name=value]")?.focus();
  }, [open, metricId]);
  return (
    <div id={panelId(metricId)} ref={panel}>
      {open === metricId ? (
        <div className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <QuickEntry
            org={org}
            channelId={channelId}
            metricId={metricId}
            today={today}
            unitLabel={unitLabel}
            unit={unit}
            recordMeasurement={recordMeasurementAction}
          />
        </div>
      ) : null}
    </div>
  );
}

const panelId = (metricId: string) => `entry-${metricId}`;
