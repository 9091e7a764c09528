CREATE TYPE "public"."change_type" AS ENUM('CREATED', 'UPDATED', 'DELETED');--> statement-breakpoint
CREATE TABLE "change_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"municipality_number" varchar(4),
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"person_id" text,
	"change_type" "change_type" NOT NULL,
	"changed_fields" text[] NOT NULL
);
--> statement-breakpoint
CREATE INDEX "change_events_municipality_number_idx" ON "change_events" USING btree ("municipality_number","id");--> statement-breakpoint
CREATE INDEX "change_events_entity_type_idx" ON "change_events" USING btree ("entity_type","id");