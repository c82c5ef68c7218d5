import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Google from "next-auth/providers/google";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { z } from "zod";
import { authSecret, env } from "@/lib/env";
import { log } from "@/lib/log";
import { checkCredentials, clientIp } from "./credentials";
import { resolveOAuthSignIn } from "./oauth";
import { findUserByEmail, normalizeEmail } from "@/lib/data/accounts";
import { isLiveSession, openSession, revokeSession } from "@/lib/data/accounts";
import { isUuid } from "@/lib/ids";
import { deviceCookieFrom } from "./device";

/** Thrown from authorize while a login delay is active; carries how long to wait. */
export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** Thrown from authorize for the right password of an address not yet verified. */
class UnverifiedSignin extends CredentialsSignin {
  code = "unverified";
}

// `device`: the device cookie's value handed over by a sign-in inside a server action that has just renewed it
// (its request headers still carry the old one); it is checked exactly like the cookie.
const credentialsSchema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(200),
  device: z.string().max(1000).optional(),
});

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

/** The session row an existing cookie names, if its claims can name one at all. */
function claimsOf(token: Record<string, unknown>): { uid: string; sv: number; sid: string } | null {
  const { uid, sv, sid } = token;
  if (typeof uid !== "string" || typeof sid !== "string" || !isUuid(sid) || !isUuid(uid)) return null;
  return { uid, sv: typeof sv === "number" ? sv : 0, sid };
}

/**
 * `request` is set when next-auth answers over HTTP (GET /api/auth/session,
 * sign-out, OAuth callbacks): then it re-issues the cookie from what the jwt
 * callback returns, so the session row is checked first and a dead session
 * gets no fresh cookie (next-auth clears it instead). From server code
 * (auth() in pages, actions and route handlers) there is no request and no
 * cookie is written; lib/auth/current checks the row in the request's one query.
 */
function config(request?: Request): NextAuthConfig {
  return {
    trustHost: true,
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 30 * 86_400 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        credentials: { email: {}, password: {}, device: {} },
        async authorize(raw, request) {
          const parsed = credentialsSchema.safeParse(raw);
          if (!parsed.success) return null;
          const deviceCookie = parsed.data.device || deviceCookieFrom(request?.headers?.get("cookie"));
          const check = await checkCredentials(parsed.data.email, parsed.data.password, clientIp(request?.headers), { deviceCookie });
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
          token.sid = await openSession(person.id);
        } else if (user?.id) {
          const person = await findUserByEmail(String(user.email));
          token.uid = user.id;
          token.sv = person?.sessionVersion ?? 1;
          token.sid = await openSession(user.id);
        } else {
          // An existing cookie. One without a session id predates server-side sessions: signed out.
          const claims = claimsOf(token);
          if (!claims) return null;
          if (request && !(await isLiveSession(claims))) return null;
        }
        return token;
      },
      session({ session, token }) {
        // The session id is for server code (lib/auth/session); the browser's GET /api/auth/session does not need it.
        return { ...session, uid: token.uid, sv: token.sv, ...(request ? {} : { sid: token.sid }) } as typeof session;
      },
    },
    events: {
      // Logging out (the form's action or POST /api/auth/signout) ends the session on the server, not only the cookie.
      async signOut(message) {
        const claims = "token" in message && message.token ? claimsOf(message.token) : null;
        if (claims) await revokeSession(claims.sid);
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
export const { handlers, auth, signIn, signOut } = NextAuth((request) => config(request));
