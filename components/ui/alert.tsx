import type { ReactNode } from "react";

/** A message about the whole form or page; announced to screen readers. Its looks: app/globals.css (.alert-*). */
export function Alert({ tone = "error", children }: { tone?: "error" | "info" | "success"; children: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`alert alert-${tone}`}>
      {children}
    </div>
  );
}
