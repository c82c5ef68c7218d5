CREATE TABLE "mail_requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"email" text NOT NULL,
	"ip" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "email_verified_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "mail_requests_ip_created_at_index" ON "mail_requests" USING btree ("ip","created_at");--> statement-breakpoint
CREATE INDEX "mail_requests_email_created_at_index" ON "mail_requests" USING btree ("email","created_at");--> statement-breakpoint
-- Accounts made before e-mail verification existed count as verified: they predate it (docs/security-notes/email.md).
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL;
