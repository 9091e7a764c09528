CREATE TYPE "public"."municipality_kind" AS ENUM('MUNICIPALITY', 'COUNTY_MUNICIPALITY');--> statement-breakpoint
ALTER TABLE "counties" ADD COLUMN "county_municipality_number" varchar(4);--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "kind" "municipality_kind" DEFAULT 'MUNICIPALITY' NOT NULL;--> statement-breakpoint
ALTER TABLE "counties" ADD CONSTRAINT "counties_county_municipality_number_municipalities_number_fk" FOREIGN KEY ("county_municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE restrict ON UPDATE no action;