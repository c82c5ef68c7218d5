ALTER TABLE "review_items" ADD COLUMN "snapshot" jsonb;--> statement-breakpoint
ALTER TABLE "review_meetings" ADD COLUMN "opened_at" timestamp with time zone;