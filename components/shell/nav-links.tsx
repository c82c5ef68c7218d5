"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";

// Each section's page is /{slug}/{key}, the dashboard's /{slug}.
const NAV_ITEMS = ["dashboard", "goals", "measurements", "channels", "benchmarks", "reviews", "team", "notifications"] as const;

/** The app's main navigation; the current page is marked for sight and for screen readers. */
export function NavLinks({ slug, orientation }: { slug: string; orientation: "vertical" | "horizontal" }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <ul className={orientation === "vertical" ? "nav-list" : "nav-row"}>
      {NAV_ITEMS.map((key) => {
        const href = key === "dashboard" ? `/${slug}` : `/${slug}/${key}`;
        const active = key === "dashboard" ? pathname === href : pathname.startsWith(href);
        return (
          <li key={key}>
            <Link href={href} aria-current={active ? "page" : undefined} className="nav-link">
              <Icon name={key} className="" />
              {t(key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
