CREATE TABLE "change_receipts" (
	"follower" text PRIMARY KEY NOT NULL,
	"acknowledged_sequence" bigint NOT NULL,
	"acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_acknowledged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "change_events" ADD COLUMN "person_id" text;