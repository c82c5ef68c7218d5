"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { orgAction } from "@/lib/auth/action";
import { createOwnChannel, renameOwnChannel, setOwnChannelArchived } from "@/lib/data/benchmarks";
import { archiveChannelSchema, ownChannelSchema, renameChannelSchema } from "./own-schema";

/** An own channel shows in the goal form, data entry, the benchmarks and the money pages: refresh the organization's pages. */
const refresh = (slug: string) => revalidatePath(`/${slug}`, "layout");

/** Owners and managers: a channel the catalogue lacks (TikTok, the local paper), with its metrics and their benchmarks. */
export const createOwnChannelAction = orgAction(ownChannelSchema, "channel.manage", async ({ ctx, org }, input) => {
  const t = await getTranslations("ownChannels");
  const channel = await createOwnChannel(ctx, { name: input.name, metrics: input.metrics, benchmarkSource: t("benchmarkSource") });
  refresh(org.slug);
  return channel;
});

/** Owners and managers: a new name for one of the organization's own channels. */
export const renameOwnChannelAction = orgAction(renameChannelSchema, "channel.manage", async ({ ctx, org }, input) => {
  await renameOwnChannel(ctx, input.channelId, input.name);
  refresh(org.slug);
});

/** Owners and managers: archive one of the organization's own channels, or bring it back. */
export const archiveOwnChannelAction = orgAction(archiveChannelSchema, "channel.manage", async ({ ctx, org }, input) => {
  await setOwnChannelArchived(ctx, input.channelId, input.archived === "true");
  refresh(org.slug);
});
