"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog for the dashboard; the print styles leave the goals, black on white. */
export function DashboardPrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
