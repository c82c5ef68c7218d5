CREATE TABLE "goal_insight_cache" (
	"org_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"fingerprint" text NOT NULL,
	"insight" jsonb NOT NULL,
	CONSTRAINT "goal_insight_cache_org_id_goal_id_pk" PRIMARY KEY("org_id","goal_id")
);
--> statement-breakpoint
CREATE TABLE "series_versions" (
	"org_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"metric_id" uuid NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	CONSTRAINT "series_versions_org_id_channel_id_metric_id_pk" PRIMARY KEY("org_id","channel_id","metric_id")
);
--> statement-breakpoint
ALTER TABLE "goal_insight_cache" ADD CONSTRAINT "goal_insight_cache_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_insight_cache" ADD CONSTRAINT "goal_insight_cache_goal_id_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "series_versions" ADD CONSTRAINT "series_versions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;