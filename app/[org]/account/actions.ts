"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/auth/action";
import { checkCredentials, clientIp } from "@/lib/auth/credentials";
import { rememberDevice } from "@/lib/auth/device-cookie";
import { hashPassword } from "@/lib/auth/password";
import { reissueSession } from "@/lib/auth/reissue";
import { throttledError } from "@/lib/auth/throttled";
import { signOut } from "@/lib/auth/config";
import { changePasswordHash, revokeSessionsOfUser } from "@/lib/data/accounts";
import { deleteOwnAccount } from "@/lib/data/privacy";
import { passwordProblem } from "@/lib/domain/password-policy";
import { ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";

const changePasswordSchema = z.object({
  /** The organization whose account page the form is on: where the person lands again. */
  org: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/, "validation.invalid")
    .optional(),
  currentPassword: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
  newPassword: z.string().max(200, "validation.tooLong"),
});

/**
 * The signed-in person changes their own password. The current password is
 * checked through the same throttled path as a login (a stolen session cannot
 * guess it faster than a login form could), counted apart for signed-in
 * sessions so an attack on the login form elsewhere never blocks it. On success the session version is
 * bumped, so every other session ends on its next request, and this browser
 * gets a fresh cookie. The answer is a redirect: the page rendered with this
 * action's answer would still see the request's old cookie, now refused.
 */
export const changePasswordAction = userAction(changePasswordSchema, async (user, input) => {
  if (!user.passwordHash) throw new ValidationError({}, "account.errors.noPassword");
  const problem = passwordProblem(input.newPassword, user.email);
  if (problem) throw new ValidationError({ newPassword: [`account.passwordProblem.${problem}`] });
  const check = await checkCredentials(user.email, input.currentPassword, clientIp(await headers()), { signedIn: true });
  if (!check.ok) {
    if (check.reason === "throttled") throw throttledError(check.retryAfterSeconds, "account");
    throw new ValidationError({ currentPassword: ["account.errors.wrongCurrent"] });
  }
  await changePasswordHash(user.id, await hashPassword(input.newPassword));
  log.info({ event: "password.changed", userId: user.id }, "password changed; other sessions revoked");
  await reissueSession(user.email, input.newPassword, await rememberDevice(user.email));
  redirect(input.org ? `/${input.org}/account?passwordChanged=1` : "/");
});

/**
 * "Log out everywhere": every session of the signed-in person ends, this
 * browser's too, whether they sign in with a password or only through
 * Google or Microsoft. Their cookies are refused from the next request on.
 */
export const logOutEverywhereAction = userAction(z.object({}), async (user) => {
  const ended = await revokeSessionsOfUser(user.id);
  log.info({ event: "sessions.revoked_all", userId: user.id, ended }, "logged out everywhere");
  redirect("/login");
});

/**
 * The signed-in person deletes their own account (lib/data/privacy): refused,
 * naming the organization, while they are its only owner. Their sessions go
 * with the account; signing out clears this browser's cookie as well.
 */
export const deleteAccountAction = userAction(
  z.object({ confirm: z.literal("yes", "privacy.deleteAccount.confirmRequired") }),
  async (user) => {
    await deleteOwnAccount(user.id);
    log.info({ event: "account.deleted", userId: user.id }, "account deleted by its owner");
    await signOut({ redirectTo: "/login?deleted=1" });
  },
);
