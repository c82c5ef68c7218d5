import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { z } from "zod";
import { authSecret, env } from "@/lib/env";
import { log } from "@/lib/log";
import { findUserByEmail, normalizeEmail } from "@/lib/data/users";
import { checkCredentials, clientIp } from "./credentials";
import { resolveOAuthSignIn } from "./oauth";

/** Thrown from authorize while a login delay is active; carries how long to wait. */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** Thrown from authorize for the right password of an address not yet verified. */
export class UnverifiedSignin extends CredentialsSignin {
  code = "unverified";
}

const credentialsSchema = z.object({ email: z.string().trim().min(1).max(320), password: z.string().min(1).max(200) });

function oauthProviders(): NextAuthConfig["providers"] {
  const e = env();
  const providers: NextAuthConfig["providers"] = [];
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: e.AUTH_GOOGLE_ID, clientSecret: e.AUTH_GOOGLE_SECRET }));
  }
  if (e.AUTH_MICROSOFT_ENTRA_ID_ID && e.AUTH_MICROSOFT_ENTRA_ID_SECRET) {
    providers.push(
      MicrosoftEntraID({
        clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
      }),
    );
  }
  return providers;
}

/** Names of the OAuth providers switched on by the environment, for the login page. */
export function enabledOAuthProviders(): { id: string; name: string }[] {
  return oauthProviders().map((p) => {
    const provider = typeof p === "function" ? p() : p;
    return { id: provider.id, name: provider.name };
  });
}

function config(): NextAuthConfig {
  return {
    trustHost: true,
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 30 * 86_400 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const check = await checkCredentials(parsed.data.email, parsed.data.password, clientIp(request?.headers));
          if (!check.ok) {
            if (check.reason === "throttled") throw new ThrottledSignin(check.retryAfterSeconds);
            if (check.reason === "unverified") throw new UnverifiedSignin();
            return null;
          }
          const { user } = check;
          log.info({ event: "login.succeeded", userId: user.id }, "login succeeded");
          return { id: user.id, email: user.email, name: user.name };
        },
      }),
      ...oauthProviders(),
    ],
    callbacks: {
      // OAuth: link or create only by the rules of lib/auth/oauth; a refusal lands on the login page with its reason.
      async signIn({ account, profile }) {
        if (!account || account.provider === "credentials") return true;
        const outcome = await resolveOAuthSignIn(account.provider, profile);
        return outcome.ok ? true : `/login?error=${outcome.reason}`;
      },
      async jwt({ token, user, account, profile }) {
        if (account && account.provider !== "credentials") {
          // signIn above has linked or created the person; only a verified account gets a session.
          const person = await findUserByEmail(normalizeEmail(String(profile?.email ?? "")));
          if (!person?.emailVerifiedAt) return null;
          token.uid = person.id;
          token.sv = person.sessionVersion;
        } else if (user?.id) {
          const person = await findUserByEmail(String(user.email));
          token.uid = user.id;
          token.sv = person?.sessionVersion ?? 1;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, sv: token.sv } as typeof session;
      },
    },
    logger: {
      // A wrong password is expected, and logged as login.failed above.
      error: (error) => (error instanceof CredentialsSignin ? undefined : log.error({ err: error }, "auth error")),
      warn: (code) => log.warn({ code }, "auth warning"),
      debug: () => {},
    },
  };
}

// Lazy configuration: the secret and providers are read per request, never at build time.
export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
