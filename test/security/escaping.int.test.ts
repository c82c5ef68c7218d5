import path from "node:path";
import { type ComponentProps, createElement, type ReactElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import { PathnameContext, PathParamsContext, SearchParamsContext } from "next/dist/shared/lib/hooks-client-context.shared-runtime";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { QueryProvider } from "@/components/query-provider";
import nb from "@/messages/nb.json";
import { callRoute } from "@/test/security/calls";
import { resolveServerTree, withoutPageProviders } from "@/test/security/server-tree";
import { signInAs } from "@/test/security/session-double";
import { seedSide, type Side } from "@/test/security/world";

vi.mock("@/lib/auth/session", () => import("@/test/security/session-double"));
vi.mock("next-intl/server", () => import("@/test/security/intl-double"));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

/**
 * Text people type is rendered as text everywhere: an organization whose every
 * title, note, name and item carries markup, rendered through the real pages
 * (server components, then the client components below them, to HTML as the
 * server sends it) and through the Markdown download. No tag of theirs may
 * come out as a tag.
 */
const MARKUP = `<img src=x onerror=alert(1)><script>alert(2)</script>`;
const ESCAPED = `&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;`;
const root = path.resolve(import.meta.dirname, "../..");
let x: Side;

// Rendering never navigates: a router that does nothing.
const router = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {} } as unknown as AppRouterInstance;

/** The page's HTML as the server sends it, with the contexts the app router gives client components (the shell is the e2e's). */
async function render(file: string, params: Record<string, string>, userId: string): Promise<string> {
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

/** The markup must come out escaped, at least `times` times, and never as an element. */
function expectInert(html: string, times: number) {
  expect(html.split(ESCAPED).length - 1, "escaped occurrences").toBeGreaterThanOrEqual(times);
  expect(html).not.toMatch(/<img[^>]*onerror/i);
  expect(html).not.toContain("<script>alert");
  expect(html).not.toMatch(/<script[^>]*>[^<]*alert\(/);
}

beforeAll(async () => {
  x = await seedSide("X", ` ${MARKUP}`);
});

describe("text people type is rendered escaped", () => {
  it("on the goal page (title, description, objective, owner, recent values)", async () => {
    expectInert(await render("app/[org]/goals/[id]/page.tsx", { org: x.slug, id: x.goalId }, x.ownerId), 6);
  });

  it("on the meeting page (title, notes, action items, attendees, goal titles)", async () => {
    expectInert(await render("app/[org]/reviews/[id]/page.tsx", { org: x.slug, id: x.openMeetingId }, x.managerId), 10);
  });

  it("on the minutes page", async () => {
    expectInert(await render("app/[org]/reviews/[id]/minutes/page.tsx", { org: x.slug, id: x.closedMeetingId }, x.managerId), 8);
  });

  it("on the notifications page", async () => {
    expectInert(await render("app/[org]/notifications/page.tsx", { org: x.slug }, x.memberId), 2);
  });

  it("in the Markdown download of the minutes, where HTML is escaped for any Markdown reader", async () => {
    signInAs(x.memberId);
    const { GET } = (await import("@/app/api/orgs/[org]/reviews/[id]/minutes/route")) as { GET: unknown };
    const answer = await callRoute(GET, {
      method: "GET",
      url: `http://localhost/api/orgs/${x.slug}/reviews/${x.closedMeetingId}/minutes`,
      params: { org: x.slug, id: x.closedMeetingId },
    });
    expect(answer.status).toBe(200);
    expect(answer.contentType).toBe("text/markdown; charset=utf-8");
    // Every < and > of theirs is backslash-escaped: CommonMark shows it as text, no reader makes an element of it.
    expect(answer.body).toContain(String.raw`\<img src=x onerror=alert(1)\>\<script\>alert(2)\</script\>`);
    expect(answer.body).not.toMatch(/(^|[^\\])<(img|script)/);
  });
});
