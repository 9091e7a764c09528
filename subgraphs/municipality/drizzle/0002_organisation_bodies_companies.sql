CREATE TYPE "public"."organization_form" AS ENUM('KOMM', 'FYLK', 'ORGL', 'BEDR', 'AAFY', 'KF', 'FKF', 'IKS', 'AS', 'ASA', 'SA', 'STI');--> statement-breakpoint
CREATE TYPE "public"."body_kind" AS ENUM('MUNICIPAL_COUNCIL', 'COUNTY_COUNCIL', 'EXECUTIVE_COMMITTEE', 'STANDING_COMMITTEE', 'CONTROL_COMMITTEE', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."membership_role" AS ENUM('LEADER', 'DEPUTY_LEADER', 'MEMBER', 'SUBSTITUTE');--> statement-breakpoint
CREATE TYPE "public"."company_role_kind" AS ENUM('CHIEF_EXECUTIVE', 'BOARD_CHAIR', 'BOARD_MEMBER', 'DEPUTY_BOARD_MEMBER', 'EMPLOYEE');--> statement-breakpoint
CREATE TABLE "elected_bodies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_number" varchar(4) NOT NULL,
	"kind" "body_kind" NOT NULL,
	"name" text NOT NULL,
	"period_start_year" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "membership_role" NOT NULL,
	"substitute_rank" smallint,
	"party_id" uuid,
	"start_date" date NOT NULL,
	"end_date" date
);
--> statement-breakpoint
CREATE TABLE "parties" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" varchar(12),
	"name" text NOT NULL,
	"municipality_number" varchar(4)
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_number" varchar(9) NOT NULL,
	"name" text NOT NULL,
	"form" "organization_form" NOT NULL,
	"visiting_address" jsonb,
	"postal_address" jsonb,
	"phone" text,
	"email" text,
	"website" text
);
--> statement-breakpoint
CREATE TABLE "company_owners" (
	"company_id" uuid NOT NULL,
	"municipality_number" varchar(4) NOT NULL,
	"share_percent" numeric(5, 2) NOT NULL,
	CONSTRAINT "company_owners_pk" PRIMARY KEY("company_id","municipality_number")
);
--> statement-breakpoint
CREATE TABLE "company_roles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" "company_role_kind" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date
);
--> statement-breakpoint
ALTER TABLE "counties" ADD COLUMN "organization_number" varchar(9);--> statement-breakpoint
ALTER TABLE "counties" ADD COLUMN "visiting_address" jsonb;--> statement-breakpoint
ALTER TABLE "counties" ADD COLUMN "postal_address" jsonb;--> statement-breakpoint
ALTER TABLE "counties" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "counties" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "counties" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "organization_number" varchar(9);--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "visiting_address" jsonb;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "postal_address" jsonb;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "organization_number" varchar(9);--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "organization_form" "organization_form";--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "industry_code" varchar(6);--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "visiting_address" jsonb;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "postal_address" jsonb;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "phone" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "employments" ADD COLUMN "area_of_responsibility" text;--> statement-breakpoint
ALTER TABLE "elected_bodies" ADD CONSTRAINT "elected_bodies_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_body_id_elected_bodies_id_fk" FOREIGN KEY ("body_id") REFERENCES "public"."elected_bodies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parties" ADD CONSTRAINT "parties_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_owners" ADD CONSTRAINT "company_owners_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_owners" ADD CONSTRAINT "company_owners_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_roles" ADD CONSTRAINT "company_roles_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "company_roles" ADD CONSTRAINT "company_roles_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "elected_bodies_municipality_number_idx" ON "elected_bodies" USING btree ("municipality_number","period_start_year");--> statement-breakpoint
CREATE INDEX "memberships_body_id_idx" ON "memberships" USING btree ("body_id");--> statement-breakpoint
CREATE INDEX "memberships_person_id_idx" ON "memberships" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "parties_code_idx" ON "parties" USING btree ("code");--> statement-breakpoint
CREATE INDEX "parties_municipality_number_idx" ON "parties" USING btree ("municipality_number");--> statement-breakpoint
CREATE UNIQUE INDEX "companies_organization_number_idx" ON "companies" USING btree ("organization_number");--> statement-breakpoint
CREATE INDEX "companies_name_idx" ON "companies" USING btree ("name");--> statement-breakpoint
CREATE INDEX "company_owners_municipality_number_idx" ON "company_owners" USING btree ("municipality_number");--> statement-breakpoint
CREATE INDEX "company_roles_company_id_idx" ON "company_roles" USING btree ("company_id");--> statement-breakpoint
CREATE INDEX "company_roles_person_id_idx" ON "company_roles" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "units_organization_number_idx" ON "units" USING btree ("organization_number");