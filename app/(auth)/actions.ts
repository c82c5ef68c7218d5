"use server";

import { CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { enabledOAuthProviders, signIn, signOut, type ThrottledSignin } from "@/lib/auth/config";
import { mailThrottledError, throttledError } from "@/lib/auth/throttled";
import { landingPath, MAX_CALLBACK_LENGTH, safeCallbackPath } from "@/lib/auth/landing";
import { clientIp } from "@/lib/auth/credentials";
import { rememberDevice } from "@/lib/auth/device-cookie";
import { findUserByEmail, resendVerification, signUpByEmail } from "@/lib/data/accounts";
import { passwordProblem } from "@/lib/domain/password-policy";
import { ValidationError } from "@/lib/errors";
import { setLocaleCookie } from "@/lib/i18n/cookie";
import { isLocale } from "@/lib/i18n/locales";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(320, "validation.tooLong")
  .pipe(z.email("validation.email"));

const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "validation.required").max(100, "validation.tooLong"),
    email,
    password: z.string().max(200, "validation.tooLong"),
    organization: z.string().trim().max(100, "validation.tooLong").optional(),
    invite: z.string().max(200).optional(),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, value.email);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: `signup.passwordProblem.${problem}` });
    if (!value.invite && !value.organization) {
      ctx.addIssue({ code: "custom", path: ["organization"], message: "validation.required" });
    }
  });

/** Signs in, and marks this browser as one the account signs in from (lib/auth/device). */
async function signInWithPassword(emailAddress: string, password: string): Promise<void> {
  try {
    await signIn("credentials", { email: emailAddress, password, redirect: false });
    await rememberDevice(emailAddress);
  } catch (error) {
    if (error instanceof CredentialsSignin && error.code === "throttled") {
      throw throttledError((error as Partial<ThrottledSignin>).retryAfterSeconds ?? 1);
    }
    if (error instanceof CredentialsSignin && error.code === "unverified") throw new ValidationError({}, "login.errors.unverified");
    if (error instanceof CredentialsSignin) throw new ValidationError({}, "login.errors.invalid");
    throw error;
  }
}

/**
 * Sign-up answers "check your e-mail" for a new and an already registered
 * address alike (lib/data/email-verification); the account can log in once
 * the address is verified.
 */
export const signUp = publicAction(signUpSchema, async (input) => {
  const locale = await getLocale();
  const outcome = await signUpByEmail(
    {
      name: input.name,
      email: input.email,
      password: input.password,
      locale: isLocale(locale) ? locale : "nb",
      organizationName: input.invite ? undefined : input.organization,
      inviteToken: input.invite || undefined,
    },
    clientIp(await headers()),
  );
  if (outcome.status === "throttled") throw mailThrottledError("signup", outcome.retryAfterSeconds);
  return { checkMail: input.email };
});

const resendSchema = z.object({ email });

/** "Send the link again" from the login form: the same answer for any address. */
export const resendVerificationEmail = publicAction(resendSchema, async (input) => {
  const outcome = await resendVerification(input.email, clientIp(await headers()));
  if (outcome.status === "throttled") throw mailThrottledError("login", outcome.retryAfterSeconds);
  return { checkMail: input.email };
});

const logInSchema = z.object({
  email: z.string().trim().min(1, "validation.required").max(320, "validation.tooLong"),
  password: z.string().min(1, "validation.required").max(200, "validation.tooLong"),
  // Where to go afterwards: only safeCallbackPath decides; a value it could never accept is simply dropped.
  callbackUrl: z.string().max(MAX_CALLBACK_LENGTH).optional().catch(undefined),
});

export const logIn = publicAction(logInSchema, async (input) => {
  await signInWithPassword(input.email, input.password);
  const user = await findUserByEmail(input.email);
  if (user && isLocale(user.locale)) await setLocaleCookie(user.locale);
  redirect(safeCallbackPath(input.callbackUrl) ?? (user ? await landingPath(user.id) : "/"));
});

export const logOut = publicAction(z.object({}), async () => {
  await signOut({ redirectTo: "/login" });
});

const providerSchema = z.object({
  provider: z.string().max(50),
  callbackUrl: z.string().max(MAX_CALLBACK_LENGTH).optional().catch(undefined),
});

/** OAuth sign-in, only for a provider switched on by the environment. */
export const signInWithProvider = publicAction(providerSchema, async (input) => {
  if (!enabledOAuthProviders().some((p) => p.id === input.provider)) throw new ValidationError({}, "login.errors.oauth");
  await signIn(input.provider, { redirectTo: safeCallbackPath(input.callbackUrl) ?? "/" });
});
