/** Paths that the app itself uses at the top level; no organization may take them. */
const RESERVED_SLUGS = new Set([
  "api",
  "login",
  "logout",
  "signup",
  "invite",
  "new-organization",
  "account",
  "settings",
  "_next",
  "static",
  "public",
  "favicon.ico",
  "robots.txt",
  "health",
  "admin",
  "app",
  "privacy",
  "forgot-password",
  "reset-password",
  "verify-email",
]);

/** Whether `name` is one of the app's own top-level paths, which no organization may have as its slug. */
export const isReservedSlug = (name: string) => RESERVED_SLUGS.has(name);

const FOLD: Record<string, string> = { æ: "ae", ø: "o", å: "a", ä: "a", ö: "o", ü: "u", ß: "ss", é: "e", è: "e" };

/** "Bakeriet i Oslo" → "bakeriet-i-oslo"; never empty, never reserved. */
export function slugify(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[æøåäöüßéè]/g, (c) => FOLD[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = folded
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  if (!slug) return "org";
  return RESERVED_SLUGS.has(slug) ? `${slug}-org` : slug;
}

/** The first of slug, slug-2, slug-3… that `taken` does not hold. */
export function uniqueSlug(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
