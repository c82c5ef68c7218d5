"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { getDb } from "@/db/client";
import { userAction } from "@/lib/auth/action";
import { createOrganizationWithOwner } from "@/lib/data/team";

const schema = z.object({ name: z.string().trim().min(1, "validation.required").max(100, "validation.tooLong") });

/** A signed-in person creates another organization and becomes its owner. */
export const createOrganization = userAction(schema, async (user, { name }) => {
  const locale = (await getLocale()) === "en" ? "en" : "nb";
  const org = await getDb().transaction((tx) => createOrganizationWithOwner(tx, user.id, { name, locale }));
  redirect(`/${org.slug}`);
});
