"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { hashPassword } from "@/lib/auth/password";
import { peekPasswordReset, resetPasswordWithToken } from "@/lib/data/accounts";
import { passwordProblem } from "@/lib/domain/password-policy";
import { ValidationError } from "@/lib/errors";
import { log } from "@/lib/log";

const resetSchema = z.object({
  token: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
  password: z.string().max(200, "validation.tooLong"),
  passwordConfirm: z.string().max(200, "validation.tooLong"),
});

const INVALID_LINK = "passwordReset.errors.invalidLink";

/**
 * Sets a new password from the reset mail's link (the token is the
 * credential). The link is checked before the slow hash, so a made-up token
 * costs nothing; then the link is used up, the password set and every session
 * of the person ended in one transaction. The person logs in afresh.
 */
export const setNewPassword = publicAction(resetSchema, async (input) => {
  const person = await peekPasswordReset(input.token);
  if (!person) throw new ValidationError({}, INVALID_LINK);
  const problem = passwordProblem(input.password, person.email);
  if (problem) throw new ValidationError({ password: [`signup.passwordProblem.${problem}`] });
  if (input.password !== input.passwordConfirm) throw new ValidationError({ passwordConfirm: ["passwordReset.errors.mismatch"] });
  const done = await resetPasswordWithToken(input.token, await hashPassword(input.password));
  if (!done) throw new ValidationError({}, INVALID_LINK);
  log.info({ event: "password.reset" }, "password reset from a mailed link; every session ended");
  redirect("/login?reset=1");
});
