"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { orgSlug } from "@/lib/form-fields";
import { orgAction } from "@/lib/auth/action";
import { createApiToken, revokeApiToken } from "@/lib/data/team";

const org = orgSlug;

const createSchema = z.object({
  org,
  name: z.string("validation.required").trim().min(1, "validation.required").max(80, "validation.tooLong"),
});

/** Owners and managers: a bearer token for the ingestion API, returned this once and never again. */
export const createApiTokenAction = orgAction(createSchema, "apiToken.manage", async ({ ctx, org: o }, input) => {
  const { token, id } = await createApiToken(ctx, input.name);
  revalidatePath(`/${o.slug}/measurements/api`);
  return { token, id };
});

export const revokeApiTokenAction = orgAction(
  z.object({ org, id: z.uuid("validation.invalid") }),
  "apiToken.manage",
  async ({ ctx, org: o }, input) => {
    await revokeApiToken(ctx, input.id);
    revalidatePath(`/${o.slug}/measurements/api`);
  },
);
