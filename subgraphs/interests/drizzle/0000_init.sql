CREATE TYPE "public"."position_category" AS ENUM('COMPANY_BOARD', 'ORGANIZATION_BOARD', 'PAID_WORK', 'BUSINESS_INTEREST', 'REAL_ESTATE', 'SHAREHOLDING', 'OTHER');--> statement-breakpoint
CREATE TABLE "declarations" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"terms_accepted_at" timestamp with time zone,
	"published" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"category" "position_category" NOT NULL,
	"organization_name" text NOT NULL,
	"organization_number" varchar(9),
	"role" text,
	"start_date" date,
	"end_date" date
);
--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_person_id_declarations_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."declarations"("person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "declarations_updated_at_idx" ON "declarations" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "positions_person_id_idx" ON "positions" USING btree ("person_id");