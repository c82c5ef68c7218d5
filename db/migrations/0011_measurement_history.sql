ALTER TYPE "public"."snapshot_source" ADD VALUE 'grid' BEFORE 'csv';--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" DROP CONSTRAINT "kpi_snapshot_history_snapshot_id_kpi_snapshots_id_fk";
--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" ALTER COLUMN "snapshot_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" ADD COLUMN "channel_id" uuid;--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" ADD COLUMN "metric_id" uuid;--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" ADD COLUMN "date" date;--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" ADD COLUMN "change" text DEFAULT 'corrected' NOT NULL;--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" ADD COLUMN "source_detail" text;--> statement-breakpoint
ALTER TABLE "kpi_snapshots" ADD COLUMN "source_detail" text;--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" ADD CONSTRAINT "kpi_snapshot_history_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" ADD CONSTRAINT "kpi_snapshot_history_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_snapshot_history" ADD CONSTRAINT "kpi_snapshot_history_snapshot_id_kpi_snapshots_id_fk" FOREIGN KEY ("snapshot_id") REFERENCES "public"."kpi_snapshots"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kpi_snapshot_history_org_id_channel_id_metric_id_date_index" ON "kpi_snapshot_history" USING btree ("org_id","channel_id","metric_id","date");--> statement-breakpoint
-- hand-written: every earlier value names its series and date, read from the value it belongs to.
UPDATE "kpi_snapshot_history" h SET "channel_id" = s."channel_id", "metric_id" = s."metric_id", "date" = s."date" FROM "kpi_snapshots" s WHERE s."id" = h."snapshot_id";--> statement-breakpoint
-- hand-written: a file import's values name its file.
UPDATE "kpi_snapshots" s SET "source_detail" = i."file_name" FROM "imports" i WHERE i."id" = s."import_id";--> statement-breakpoint
UPDATE "kpi_snapshot_history" h SET "source_detail" = i."file_name" FROM "imports" i WHERE i."id" = h."import_id";
