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
    <div className="shell">
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <aside className="no-print shell-side">
        <div className="px-3">
          <Brand href={`/${org.slug}`} />
        </div>
        <nav aria-label={t("mainNav")} className="mt-8">
          <NavLinks slug={org.slug} orientation="vertical" />
        </nav>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="no-print shell-header">
          <div className="shell-bar">
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
        <main id="main" className="shell-main">
          {/* The shell reads the root layout's messages; each page sends its own (withMessages, lib/i18n/page-messages.tsx). */}
          {children}
        </main>
      </div>
    </div>
  );
}
