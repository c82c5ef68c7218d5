"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { cn } from "@/components/ui/cn";
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
    <ul className={cn(orientation === "vertical" ? "space-y-1" : "flex w-max gap-1 px-2 pb-2")}>
      {NAV_ITEMS.map((item) => {
        const href = `/${slug}${item.path}`;
        const active = item.path ? pathname.startsWith(href) : pathname === href;
        return (
          <li key={item.key} className="shrink-0">
            <Link href={href} aria-current={active ? "page" : undefined} className="nav-link">
              <Icon name={item.key} className="size-5 shrink-0" />
              {t(item.key)}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
