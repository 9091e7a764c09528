CREATE TYPE "public"."change_message_status" AS ENUM('PENDING', 'APPROVED', 'REJECTED');--> statement-breakpoint
CREATE TABLE "change_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"organization_number" varchar(9) NOT NULL,
	"unit_id" uuid NOT NULL,
	"payload" jsonb NOT NULL,
	"proposed_changes" jsonb NOT NULL,
	"status" "change_message_status" DEFAULT 'PENDING' NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"rejection_reason" text
);
--> statement-breakpoint
ALTER TABLE "change_messages" ADD CONSTRAINT "change_messages_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "change_messages_unit_id_idx" ON "change_messages" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "change_messages_status_idx" ON "change_messages" USING btree ("status","received_at");