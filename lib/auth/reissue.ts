import { CredentialsSignin } from "next-auth";
import { log } from "@/lib/log";
import { signIn } from "./config";

/**
 * A fresh session cookie for this request, after the person's session
 * version moved on (a password change): this browser stays signed in while
 * every older cookie is refused. It signs in again with the new password
 * through the normal, throttled path, so no other way to mint a session
 * exists. `deviceCookie` is this browser's device cookie as just renewed
 * (lib/auth/device-cookie), so the sign-in counts as the owner's recognised
 * browser and no attack elsewhere can refuse it. Returns false when it was
 * refused all the same: the person then simply logs in again.
 *
 * The new cookie reaches the browser with this response; pages rendered in the
 * same request still see the old one, so redirect afterwards.
 */
export async function reissueSession(email: string, password: string, deviceCookie?: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, ...(deviceCookie ? { device: deviceCookie } : {}), redirect: false });
    return true;
  } catch (error) {
    if (!(error instanceof CredentialsSignin)) throw error;
    log.warn({ event: "session.reissue_refused", code: error.code }, "session not re-issued after a password change");
    return false;
  }
}
