CREATE TABLE "review_budget_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"month" date NOT NULL,
	"from_channel_id" uuid NOT NULL,
	"to_channel_id" uuid NOT NULL,
	"amount" numeric NOT NULL,
	"from_budget_before" numeric NOT NULL,
	"to_budget_before" numeric,
	"reason" text NOT NULL,
	"moved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "review_budget_moves_amount_positive" CHECK ("review_budget_moves"."amount" > 0),
	CONSTRAINT "review_budget_moves_two_channels" CHECK ("review_budget_moves"."from_channel_id" <> "review_budget_moves"."to_channel_id")
);
--> statement-breakpoint
ALTER TABLE "review_budget_moves" ADD CONSTRAINT "review_budget_moves_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_budget_moves" ADD CONSTRAINT "review_budget_moves_meeting_id_review_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."review_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_budget_moves" ADD CONSTRAINT "review_budget_moves_from_channel_id_channels_id_fk" FOREIGN KEY ("from_channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_budget_moves" ADD CONSTRAINT "review_budget_moves_to_channel_id_channels_id_fk" FOREIGN KEY ("to_channel_id") REFERENCES "public"."channels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_budget_moves" ADD CONSTRAINT "review_budget_moves_moved_by_users_id_fk" FOREIGN KEY ("moved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_budget_moves_org_id_meeting_id_created_at_index" ON "review_budget_moves" USING btree ("org_id","meeting_id","created_at");