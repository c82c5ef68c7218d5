CREATE TABLE "economics_cache" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"fingerprint" text NOT NULL,
	"economics" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "economics_cache" ADD CONSTRAINT "economics_cache_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;