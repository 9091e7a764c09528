CREATE TYPE "public"."unit_kind" AS ENUM('SECTOR', 'DEPARTMENT', 'SCHOOL', 'KINDERGARTEN', 'NURSING_HOME', 'OTHER');--> statement-breakpoint
CREATE TABLE "counties" (
	"number" varchar(2) PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"number" varchar(4) PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"county_number" varchar(2) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_number" varchar(4) NOT NULL,
	"parent_id" uuid,
	"name" text NOT NULL,
	"kind" "unit_kind" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"is_leader" boolean DEFAULT false NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_number_counties_number_fk" FOREIGN KEY ("county_number") REFERENCES "public"."counties"("number") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employments" ADD CONSTRAINT "employments_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "municipalities_county_number_idx" ON "municipalities" USING btree ("county_number");--> statement-breakpoint
CREATE INDEX "units_municipality_number_name_idx" ON "units" USING btree ("municipality_number","name");--> statement-breakpoint
CREATE INDEX "units_parent_id_idx" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "employments_person_id_idx" ON "employments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "employments_unit_id_idx" ON "employments" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "persons_family_name_given_name_idx" ON "persons" USING btree ("family_name","given_name");