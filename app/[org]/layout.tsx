import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Brand } from "@/components/brand";
import { NavLinks } from "@/components/shell/nav-links";
import { PhoneNav } from "@/components/shell/phone-nav";
import { DeferredOrgSwitcher, DeferredUserMenu } from "@/components/shell/deferred-menus";
import { pageMemberships, pageTenant } from "@/lib/auth/page";
import { logOut } from "../(auth)/actions";
import { setLanguage } from "../actions";

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, user, ctx } = await pageTenant(slug);
  const [memberships, t, tRoles] = await Promise.all([pageMemberships(), getTranslations("shell"), getTranslations("roles")]);
  return (
    <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_1fr] print:block">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
      >
        {t("skipToContent")}
      </a>
      <aside className="no-print hidden border-r border-slate-200 bg-white px-3 py-5 lg:block dark:border-slate-800 dark:bg-slate-900">
        <div className="px-3">
          <Brand href={`/${org.slug}`} />
        </div>
        <nav aria-label={t("mainNav")} className="mt-8">
          <NavLinks slug={org.slug} orientation="vertical" />
        </nav>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="no-print sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
          <div className="flex items-center justify-between gap-3 px-4 py-2.5 lg:px-8">
            <div className="flex min-w-0 items-center gap-2">
              <span className="lg:hidden">
                <Brand href={`/${org.slug}`} />
              </span>
              <span className="hidden text-slate-300 lg:hidden sm:inline" aria-hidden>
                /
              </span>
              <DeferredOrgSwitcher
                current={{ slug: org.slug, name: org.name }}
                orgs={memberships.map((m) => ({ slug: m.org.slug, name: m.org.name, role: m.role }))}
              />
            </div>
            <DeferredUserMenu
              name={user.name}
              email={user.email}
              roleLabel={tRoles(ctx.role)}
              accountHref={`/${org.slug}/account`}
              logOut={logOut}
              setLanguage={setLanguage}
            />
          </div>
          <PhoneNav slug={org.slug} label={t("mainNav")} />
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 lg:px-8 lg:py-8 print:max-w-none print:p-0">
          {/* The shell reads the root layout's messages; each page sends its own (withMessages, lib/i18n/page-messages.tsx). */}
          {children}
        </main>
      </div>
    </div>
  );
}
