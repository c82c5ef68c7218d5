"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db/client";
import { userAction } from "@/lib/auth/action";
import { acceptInvitation } from "@/lib/data/team";

/** The signed-in person joins the organization of the invitation link. */
export const acceptInvite = userAction(z.object({ token: z.string().min(1).max(200) }), async (user, { token }) => {
  const { slug } = await getDb().transaction((tx) => acceptInvitation(tx, user.id, token));
  redirect(`/${slug}`);
});
