"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { NavLinks } from "./nav-links";

/**
 * The main navigation under lg: a row of sections that scrolls sideways, with
 * a fade on the side where more sections wait, and a "Alle sider" button that
 * opens every section as a list. The current section is scrolled into view.
 */
export function PhoneNav({ slug, label }: { slug: string; label: string }) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const strip = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const listId = useId();
  // Open on the page it was opened on: following a link closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const [more, setMore] = useState({ before: false, after: false });

  const measure = () => {
    const el = strip.current;
    if (!el) return;
    // A pixel of slack: zoomed screens report fractional widths.
    setMore({ before: el.scrollLeft > 1, after: el.scrollLeft + el.clientWidth < el.scrollWidth - 1 });
  };

  // On every page: the current section in view, the fades as the row now stands.
  useEffect(() => {
    const el = strip.current;
    const current = el?.querySelector<HTMLElement>('[aria-current="page"]');
    if (el && current) el.scrollLeft = current.offsetLeft - (el.clientWidth - current.offsetWidth) / 2;
    measure();
  }, [pathname]);

  useEffect(() => {
    window.addEventListener("resize", measure);
    return () => window.removeEventListener("resize", measure);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape" && open) {
      setOpenOn(null);
      button.current?.focus();
    }
  };

  return (
    <nav aria-label={label} className="lg:hidden" onKeyDown={onKeyDown}>
      <div className="phone-nav-bar">
        <div className="phone-nav-row">
          <div ref={strip} onScroll={measure} className="overflow-x-auto">
            <NavLinks slug={slug} orientation="horizontal" />
          </div>
          <span aria-hidden className={more.before ? "nav-fade-l opacity-100" : "nav-fade-l"} />
          <span aria-hidden className={more.after ? "nav-fade-r opacity-100" : "nav-fade-r"} />
        </div>
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpenOn(open ? null : pathname)}
          className="nav-more"
        >
          <Icon name={open ? "close" : "menu"} />
          {t("allPages")}
        </button>
      </div>
      {/* The list's links exist only while it is open: closed, they would be a third copy of the navigation in every page's HTML. */}
      <div id={listId} hidden={!open} className="phone-nav-all">
        {open ? <NavLinks slug={slug} orientation="vertical" /> : null}
      </div>
    </nav>
  );
}
