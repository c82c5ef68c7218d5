"use server";

import { revalidatePath } from "next/cache";
import { orgAction } from "@/lib/auth/action";
import { addOneOffCost, deleteOneOffCost, setBudget, setMoneySettings, setResultMetrics } from "@/lib/data/money";
import { compareDates } from "@/lib/domain/dates";
import { ValidationError } from "@/lib/errors";
import { todayIn } from "@/lib/format";
import { budgetSchema, deleteCostSchema, moneyVisibilitySchema, oneOffCostSchema, resultMetricsSchema, vatModeSchema } from "./schema";

/** Money shows on the channel pages, the dashboard and the goals: refresh the organization's pages. */
const refresh = (slug: string) => revalidatePath(`/${slug}`, "layout");

/** Owners and managers who see money: a channel's budget for a month; an empty amount removes it. */
export const setBudgetAction = orgAction(budgetSchema, "money.manage", async ({ ctx, org }, input) => {
  await setBudget(ctx, { channelId: input.channelId, month: input.month, amount: input.amount });
  refresh(org.slug);
});

/** Owners and managers who see money: a cost outside the ad platforms (an influencer campaign), up to today. */
export const addOneOffCostAction = orgAction(oneOffCostSchema, "money.manage", async ({ ctx, org }, input) => {
  if (compareDates(input.date, todayIn(org.timeZone)) > 0)
    throw new ValidationError({ date: ["money.errors.futureDate"] }, "errors.validation");
  const cost = await addOneOffCost(ctx, input);
  refresh(org.slug);
  return { id: cost.id };
});

export const deleteOneOffCostAction = orgAction(deleteCostSchema, "money.manage", async ({ ctx, org }, input) => {
  await deleteOneOffCost(ctx, input.id);
  refresh(org.slug);
});

/** What counts as the channel's results (cost per result); none checked goes back to the catalogue's. */
export const setResultMetricsAction = orgAction(resultMetricsSchema, "money.manage", async ({ ctx, org }, input) => {
  await setResultMetrics(ctx, input.channelId, input.metricIds);
  refresh(org.slug);
});

/** Owners only: who sees spend, budgets and revenue. */
export const setMoneyVisibilityAction = orgAction(moneyVisibilitySchema, "money.visibility", async ({ ctx, org }, input) => {
  await setMoneySettings(ctx, { moneyVisibility: input.moneyVisibility });
  refresh(org.slug);
});

/** Whether the organization's amounts include VAT. */
export const setVatModeAction = orgAction(vatModeSchema, "money.manage", async ({ ctx, org }, input) => {
  await setMoneySettings(ctx, { vatMode: input.vatMode });
  refresh(org.slug);
});
