ALTER TABLE "benchmarks" DROP CONSTRAINT "benchmarks_orgId_channelId_unique";--> statement-breakpoint
-- Added without NOT NULL here: the hand-written block below fills it, then sets NOT NULL and the new unique constraint.
ALTER TABLE "benchmarks" ADD COLUMN "metric_id" uuid;--> statement-breakpoint
ALTER TABLE "goals" ADD COLUMN "realism_reason" text;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benchmarks_channel_id_index" ON "benchmarks" USING btree ("channel_id");--> statement-breakpoint
-- hand-written: benchmarks move from channels to metrics. Every existing row (one per channel and
-- organization) becomes the benchmark of its channel's main metric: the organization's own main metric
-- first, else the catalogue's, else the channel's first recorded (not derived) metric. A channel with no
-- metric loses its row (no goal could use it). Then the column is required and unique per organization.
-- The generated "ADD COLUMN metric_id uuid NOT NULL" and its UNIQUE constraint must stay as written here
-- (nullable first, constraint last), or the migration fails on a database with benchmarks in it.
UPDATE "benchmarks" b SET "metric_id" = (
  SELECT m."id" FROM "metrics" m
  WHERE m."channel_id" = b."channel_id"
    AND (m."org_id" IS NULL OR m."org_id" = b."org_id")
    AND m."derivation" IS NULL
  ORDER BY m."is_main" DESC, (m."org_id" IS NULL) ASC, m."sort_order" ASC, m."created_at" ASC
  LIMIT 1
);--> statement-breakpoint
DELETE FROM "benchmarks" WHERE "metric_id" IS NULL;--> statement-breakpoint
ALTER TABLE "benchmarks" ALTER COLUMN "metric_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "benchmarks" ADD CONSTRAINT "benchmarks_orgId_metricId_unique" UNIQUE NULLS NOT DISTINCT("org_id","metric_id");
