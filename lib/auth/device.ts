import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The device cookie: "a browser this account has signed in from". It lets
 * the owner's own browser be judged by its own failures, not by an
 * attacker's (lib/data/login-attempts). It grants nothing by itself: the
 * password is still checked.
 *
 * The value holds up to MAX_DEVICE_ENTRIES entries (a shared shop computer
 * serves several people), newest first, separated by "~". Each entry is
 * `<deviceId>.<expiresAt seconds>.<HMAC-SHA256>` over the device id, the
 * expiry and the normalized e-mail, keyed with the auth secret. The e-mail is
 * not in the cookie; an entry is checked against the e-mail being tried.
 */
export const DEVICE_COOKIE = "maalbar-device";
/** Over HTTPS: bound to the host, never sent in clear. */
export const SECURE_DEVICE_COOKIE = `__Host-${DEVICE_COOKIE}`;
/** How long a browser stays recognised after its last successful sign-in. */
export const DEVICE_DAYS = 180;
export const MAX_DEVICE_ENTRIES = 5;

const DEVICE_ID = /^[A-Za-z0-9_-]{22}$/;
const ENTRY = /^([A-Za-z0-9_-]{22})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

function signature(secret: string, deviceId: string, expiresAt: number, email: string): string {
  return createHmac("sha256", secret).update(`maalbar-device-v1|${deviceId}|${expiresAt}|${email}`).digest("base64url");
}

function newDeviceId(): string {
  return randomBytes(16).toString("base64url");
}

function entries(cookie: string | null | undefined): string[] {
  return (cookie ?? "")
    .split("~")
    .filter((e) => ENTRY.test(e))
    .slice(0, MAX_DEVICE_ENTRIES);
}

/** The device id the cookie vouches for this e-mail, or null (none, forged, expired, another account). */
export function recognisedDevice(cookie: string | null | undefined, email: string, secret: string, nowSeconds: number): string | null {
  for (const entry of entries(cookie)) {
    const [, deviceId, exp, sig] = ENTRY.exec(entry)!;
    const expiresAt = Number(exp);
    if (expiresAt <= nowSeconds) continue;
    const expected = Buffer.from(signature(secret, deviceId!, expiresAt, email));
    const given = Buffer.from(sig!);
    if (given.length === expected.length && timingSafeEqual(given, expected)) return deviceId!;
  }
  return null;
}

/**
 * The cookie value after a successful sign-in (or an unblock link) for this
 * e-mail: its entry first, renewed for DEVICE_DAYS, keeping the device id it
 * already had; other accounts' valid entries kept behind it.
 */
export function withDevice(
  cookie: string | null | undefined,
  email: string,
  secret: string,
  nowSeconds: number,
): { value: string; deviceId: string } {
  const deviceId = recognisedDevice(cookie, email, secret, nowSeconds) ?? newDeviceId();
  if (!DEVICE_ID.test(deviceId)) throw new Error("malformed device id");
  const expiresAt = nowSeconds + DEVICE_DAYS * 86_400;
  const own = `${deviceId}.${expiresAt}.${signature(secret, deviceId, expiresAt, email)}`;
  const others = entries(cookie).filter((e) => !e.startsWith(`${deviceId}.`) && Number(ENTRY.exec(e)![2]) > nowSeconds);
  return { value: [own, ...others].slice(0, MAX_DEVICE_ENTRIES).join("~"), deviceId };
}

/** The device cookie's value in a Cookie header; the __Host- one wins. */
export function deviceCookieFrom(cookieHeader: string | null | undefined): string | null {
  const found = new Map<string, string>();
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) found.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return found.get(SECURE_DEVICE_COOKIE) ?? found.get(DEVICE_COOKIE) ?? null;
}
