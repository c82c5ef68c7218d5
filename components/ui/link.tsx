"use client";

import { useRouter } from "next/navigation";
import type { AnchorHTMLAttributes } from "react";

type Click = { button: number; metaKey: boolean; ctrlKey: boolean; shiftKey: boolean; altKey: boolean; defaultPrevented: boolean };

/**
 * Whether a click on a link stays in the app (the router fetches only the new
 * page's content) rather than being the browser's own: a new tab or window
 * (a modified or middle click, `target`), a download, or another site.
 */
export function navigatesInApp(click: Click, link: { href: string; target?: string; download?: unknown }, here: string): boolean {
  if (click.defaultPrevented || click.button !== 0 || click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return false;
  if ((link.target && link.target !== "_self") || link.download !== undefined) return false;
  return new URL(link.href, here).origin === new URL(here).origin;
}

/**
 * Next's router, or null where there is none (a component rendered on its own,
 * as the tests render pages): the link is then an ordinary link. useRouter
 * reads the router's context, always, and only throws when it finds none.
 */
function useAppRouter(): ReturnType<typeof useRouter> | null {
  try {
    return useRouter();
  } catch {
    return null;
  }
}

/**
 * A link within Målbar: an ordinary `<a>` (it works before the page's script
 * has loaded, and opens in a new tab as any link does) whose plain click
 * navigates through Next's router, as next/link does, without reloading the
 * page. Unlike next/link it fetches nothing ahead: a dashboard view made the
 * browser send 23 prefetch requests for its links, three times the server time
 * of the page itself, for pages that are rendered per request anyway (and
 * next/link is 3 kB of every page's first-load JavaScript). docs/PERFORMANCE.md.
 */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const router = useAppRouter();
  return (
    <a
      href={href}
      {...rest}
      onClick={(event) => {
        onClick?.(event);
        if (!router || !navigatesInApp(event, { href, target: rest.target, download: rest.download }, window.location.href)) return;
        event.preventDefault();
        router.push(href);
      }}
    />
  );
}
