import { cookies, headers } from "next/headers";
import { normalizeEmail } from "@/lib/data/accounts";
import { authSecret } from "@/lib/env";
import { DEVICE_COOKIE, DEVICE_DAYS, SECURE_DEVICE_COOKIE, withDevice } from "./device";

/** The request's device cookie value (the __Host- one over HTTPS), or null. */
async function requestDeviceCookie(): Promise<string | null> {
  const jar = await cookies();
  return jar.get(SECURE_DEVICE_COOKIE)?.value ?? jar.get(DEVICE_COOKIE)?.value ?? null;
}

/**
 * Marks this browser as one `email` has signed in from (after a successful
 * login, a password change, or an unblock link): HttpOnly, SameSite=Lax,
 * and over HTTPS Secure with the __Host- prefix. Returns the new value, for a
 * sign-in later in the same request (whose headers still carry the old one).
 */
export async function rememberDevice(email: string): Promise<string> {
  // Next fills x-forwarded-proto in itself, or passes on the proxy's; with several proxies the first is the client's.
  const secure = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";
  const { value } = withDevice(await requestDeviceCookie(), normalizeEmail(email), authSecret(), Math.floor(Date.now() / 1000));
  (await cookies()).set(secure ? SECURE_DEVICE_COOKIE : DEVICE_COOKIE, value, {
    httpOnly: true,
    sameSite: "lax",
    secure,
    path: "/",
    maxAge: DEVICE_DAYS * 86_400,
  });
  return value;
}
