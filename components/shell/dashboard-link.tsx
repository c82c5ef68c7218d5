"use client";

import { Link } from "@/components/ui/link";
import { useParams } from "next/navigation";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * A link to the dashboard of the organization in the URL. For pages that get
 * no params of their own (forbidden.tsx): the slug is read from the route.
 */
export function DashboardLink({ children, className }: { children: ReactNode; className?: string }) {
  const { org } = useParams<{ org?: string }>();
  return (
    <Link href={org ? `/${encodeURIComponent(org)}` : "/"} className={buttonClass("primary", className)}>
      {children}
    </Link>
  );
}
