import { z } from "zod";
import { decimal, orgSlug, requiredIsoDate } from "@/lib/form-fields";
import { MONEY_VISIBILITIES } from "@/lib/domain/permissions";
import { VAT_MODES } from "@/lib/domain/money";

/** The largest amount a budget or a cost may be: a billion kroner is a typing error for a small business. */
const MAX_AMOUNT = 1_000_000_000;
/** A one-off cost's note ("influencer campaign"), kept short. */
const MAX_NOTE = 200;

const org = orgSlug;
const channelId = z.uuid("validation.invalid");
/** An amount in kroner, "12 000" or "12 000,50"; more than 0. */
const amount = decimal.pipe(
  z.number("validation.required").positive("money.errors.amountPositive").max(MAX_AMOUNT, "money.errors.amountTooLarge"),
);

export const budgetSchema = z.object({
  org,
  channelId,
  /** The month as the month picker sends it ("2026-12"), or any day of it. */
  month: z.preprocess((v) => (typeof v === "string" && /^\d{4}-\d{2}$/.test(v) ? `${v}-01` : v), requiredIsoDate),
  /** Empty removes the month's budget. */
  amount: decimal.pipe(z.number().positive("money.errors.amountPositive").max(MAX_AMOUNT, "money.errors.amountTooLarge").nullable()),
});

export const oneOffCostSchema = z.object({
  org,
  channelId,
  date: requiredIsoDate,
  amount,
  note: z.string().trim().max(MAX_NOTE, "validation.tooLong").default(""),
});

export const deleteCostSchema = z.object({ org, id: z.uuid("validation.invalid") });

export const resultMetricsSchema = z.object({
  org,
  channelId,
  /** The checked boxes: none, one or several metric ids. */
  metricIds: z.preprocess(
    (v): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
    z.array(z.uuid("validation.invalid")).max(20),
  ),
});

export const moneyVisibilitySchema = z.object({ org, moneyVisibility: z.enum(MONEY_VISIBILITIES, "validation.invalid") });
export const vatModeSchema = z.object({ org, vatMode: z.enum(VAT_MODES, "validation.invalid") });
