CREATE TABLE "channel_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"month" date NOT NULL,
	"amount" numeric NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_budgets_orgId_channelId_month_unique" UNIQUE("org_id","channel_id","month")
);
--> statement-breakpoint
CREATE TABLE "channel_result_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "channel_result_metrics_orgId_channelId_metricId_unique" UNIQUE("org_id","channel_id","metric_id")
);
--> statement-breakpoint
CREATE TABLE "one_off_costs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"date" date NOT NULL,
	"amount" numeric NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "money_visibility" text DEFAULT 'managers' NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "vat_mode" text DEFAULT 'excluding' NOT NULL;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "is_result" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "metrics" ADD COLUMN "derivation" text;--> statement-breakpoint
ALTER TABLE "channel_budgets" ADD CONSTRAINT "channel_budgets_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_budgets" ADD CONSTRAINT "channel_budgets_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_budgets" ADD CONSTRAINT "channel_budgets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_result_metrics" ADD CONSTRAINT "channel_result_metrics_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_result_metrics" ADD CONSTRAINT "channel_result_metrics_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "channel_result_metrics" ADD CONSTRAINT "channel_result_metrics_metric_id_metrics_id_fk" FOREIGN KEY ("metric_id") REFERENCES "public"."metrics"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_off_costs" ADD CONSTRAINT "one_off_costs_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_off_costs" ADD CONSTRAINT "one_off_costs_channel_id_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_off_costs" ADD CONSTRAINT "one_off_costs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "channel_budgets_org_id_month_index" ON "channel_budgets" USING btree ("org_id","month");--> statement-breakpoint
CREATE INDEX "one_off_costs_org_id_channel_id_date_index" ON "one_off_costs" USING btree ("org_id","channel_id","date");--> statement-breakpoint
CREATE INDEX "one_off_costs_org_id_date_index" ON "one_off_costs" USING btree ("org_id","date");