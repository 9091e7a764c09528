CREATE TYPE "public"."contact_role" AS ENUM('KR', 'STV', 'BOTH', 'COMPANY', 'ADMINISTRATOR');--> statement-breakpoint
CREATE TABLE "contact_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "contact_role" NOT NULL,
	"municipality_number" varchar(4),
	"company_id" uuid,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_persons_assignment_key" UNIQUE NULLS NOT DISTINCT("person_id","role","municipality_number","company_id")
);
--> statement-breakpoint
ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_persons_municipality_number_idx" ON "contact_persons" USING btree ("municipality_number");--> statement-breakpoint
CREATE INDEX "contact_persons_company_id_idx" ON "contact_persons" USING btree ("company_id");