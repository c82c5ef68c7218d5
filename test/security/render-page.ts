import path from "node:path";
import { type ComponentProps, createElement, type ReactElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { PathnameContext, PathParamsContext, SearchParamsContext } from "next/dist/shared/lib/hooks-client-context.shared-runtime";
import { QueryProvider } from "@/components/query-provider";
import nb from "@/messages/nb.json";
import { resolveServerTree, withoutPageProviders } from "@/test/security/server-tree";
import { signInAs } from "@/test/security/session-double";

/*
 * A page rendered to HTML in an integration test, as the server sends it. The
 * test file mocks the session and next-intl/server, as escaping.int.test.ts does:
 *   vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));
 *   vi.mock("next-intl/server", () => import("@/test/security/intl-double"));
 */
const root = path.resolve(import.meta.dirname, "../..");
// Rendering never navigates: a router that does nothing.
const router = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {} } as unknown as AppRouterInstance;

/** The page's HTML as the server sends it, with the contexts the app router gives client components (the shell is the e2e's). */
export async function renderPage(file: string, params: Record<string, string>, userId: string): Promise<string> {
  signInAs(userId);
  const { default: Page } = (await import(/* @vite-ignore */ path.join(root, file))) as { default: (p: unknown) => Promise<ReactNode> };
  const resolved = await resolveServerTree(await Page({ params: Promise.resolve(params), searchParams: Promise.resolve({}) }));
  const tree = withoutPageProviders(resolved, NextIntlClientProvider);
  const pathname = `/${file.split("/").slice(1, -1).join("/")}`.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? "");
  const provider: ComponentProps<typeof NextIntlClientProvider> = {
    locale: "nb",
    messages: nb,
    timeZone: "Europe/Oslo",
    children: createElement(QueryProvider, null, tree),
  };
  let wrapped: ReactElement = createElement(NextIntlClientProvider, provider);
  wrapped = createElement(SearchParamsContext.Provider, { value: new URLSearchParams() }, wrapped);
  wrapped = createElement(PathParamsContext.Provider, { value: params }, wrapped);
  wrapped = createElement(PathnameContext.Provider, { value: pathname }, wrapped);
  return renderToString(createElement(AppRouterContext.Provider, { value: router }, wrapped));
}
