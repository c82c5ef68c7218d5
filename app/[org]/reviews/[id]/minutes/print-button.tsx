"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; its "Save as PDF" gives the minutes as a PDF. */
export function PrintButton({ label }: { label: string }) {
  return (
    <Button variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
