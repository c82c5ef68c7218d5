ALTER TABLE "organizations" ADD COLUMN "measure_period" text DEFAULT 'week' NOT NULL;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "kind" text DEFAULT 'level' NOT NULL;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "measure_period" text;--> statement-breakpoint
ALTER TABLE "kpi_snapshots" ADD COLUMN "covers" text DEFAULT 'day' NOT NULL;--> statement-breakpoint
-- Data (issue 16.1, hand-written: re-append after regenerating). The catalogue's kinds, as lib/domain/catalog.ts sets them
-- (seedCatalog upserts the same after every migration; the backfill below needs them now). Custom metrics stay levels:
-- they were read as "the latest value", which is what a level means.
UPDATE "metrics" SET "kind" = 'total' WHERE "org_id" IS NULL AND "key" IN ('engagement', 'reach', 'shopping_purchases', 'clicks', 'conversions', 'qualified_leads', 'store_visits', 'views', 'organic_visits', 'orders', 'revenue');--> statement-breakpoint
UPDATE "metrics" SET "kind" = 'rate' WHERE "org_id" IS NULL AND "key" IN ('cost_per_click', 'cost_per_conversion', 'open_rate', 'click_rate', 'views_per_post', 'conversion_rate', 'churn_rate');--> statement-breakpoint
-- A total recorded once a month on the 1st was a month's number, and once a week on a Monday a week's number (the demo's
-- weekly visits, typed weekly reports): mark them so. Any other value stays a day's value, as it was stored.
UPDATE "kpi_snapshots" s SET "covers" = 'month'
  FROM "metrics" m
  WHERE m."id" = s."metric_id" AND m."kind" = 'total' AND extract(day FROM s."date") = 1
    AND NOT EXISTS (SELECT 1 FROM "kpi_snapshots" o WHERE o."org_id" = s."org_id" AND o."channel_id" = s."channel_id" AND o."metric_id" = s."metric_id"
      AND o."id" <> s."id" AND date_trunc('month', o."date") = date_trunc('month', s."date"));--> statement-breakpoint
UPDATE "kpi_snapshots" s SET "covers" = 'week'
  FROM "metrics" m
  WHERE m."id" = s."metric_id" AND m."kind" = 'total' AND s."covers" = 'day' AND extract(isodow FROM s."date") = 1
    AND NOT EXISTS (SELECT 1 FROM "kpi_snapshots" o WHERE o."org_id" = s."org_id" AND o."channel_id" = s."channel_id" AND o."metric_id" = s."metric_id"
      AND o."id" <> s."id" AND date_trunc('week', o."date") = date_trunc('week', s."date"));
--> statement-breakpoint
-- A goal on a total kept per month reads it per month, as it did when the monthly number was its latest value.
UPDATE "goals" g SET "measure_period" = 'month'
  WHERE EXISTS (SELECT 1 FROM "kpi_snapshots" s WHERE s."org_id" = g."org_id" AND s."channel_id" = g."channel_id" AND s."metric_id" = g."metric_id" AND s."covers" = 'month');
