"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { publicAction } from "@/lib/auth/action";
import { rememberDevice } from "@/lib/auth/device-cookie";
import { redeemUnblockToken } from "@/lib/data/accounts";
import { ValidationError } from "@/lib/errors";

/**
 * The "this is my browser" button of the attack warning's link: uses the
 * link up and marks the browser that pressed it as one the account signs in
 * from, so the owner's login there is judged by its own failures, not the
 * attacker's. It signs nobody in: the password is still needed.
 */
export const trustThisBrowser = publicAction(
  z.object({ token: z.string().min(1, "validation.required").max(200, "validation.tooLong") }),
  async ({ token }) => {
    const email = await redeemUnblockToken(token);
    if (!email) throw new ValidationError({}, "unblock.errors.invalidLink");
    await rememberDevice(email);
    redirect("/login?trusted=1");
  },
);
