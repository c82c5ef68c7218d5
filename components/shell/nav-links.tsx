"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Icon } from "@/components/ui/icon";

const NAV_ITEMS = [
  { key: "dashboard", path: "" },
  { key: "goals", path: "/goals" },
  { key: "measurements", path: "/measurements" },
  { key: "channels", path: "/channels" },
  { key: "benchmarks", path: "/benchmarks" },
  { key: "reviews", path: "/reviews" },
  { key: "team", path: "/team" },
  { key: "notifications", path: "/notifications" },
] as const;

/** The app's main navigation; the current page is marked for sight and for screen readers. */
export function NavLinks({ slug, orientation }: { slug: string; orientation: "vertical" | "horizontal" }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <ul className={orientation === "vertical" ? "nav-list" : "nav-row"}>
      {NAV_ITEMS.map((item) => {
        const href = `/${slug}${item.path}`;
        const active = item.path ? pathname.startsWith(href) : pathname === href;
        return (
          <li key={item.key}>
            <Link href={href} aria-current={active ? "page" : undefined} className="nav-link">
              <Icon name={item.key} className="" />
              {t(item.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
