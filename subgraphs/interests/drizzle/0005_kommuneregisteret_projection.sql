CREATE TYPE "public"."kr_role_kind" AS ENUM('EMPLOYMENT', 'MEMBERSHIP', 'COMPANY_ROLE');--> statement-breakpoint
CREATE TABLE "feed_cursors" (
	"feed" text PRIMARY KEY NOT NULL,
	"sequence" bigint NOT NULL,
	"cursor" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kr_persons" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"municipality_number" varchar(4),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kr_roles" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "kr_role_kind" NOT NULL,
	"municipality_number" varchar(4),
	"organization_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date
);
--> statement-breakpoint
ALTER TABLE "kr_roles" ADD CONSTRAINT "kr_roles_person_id_kr_persons_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."kr_persons"("person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kr_roles_person_id_idx" ON "kr_roles" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "kr_roles_organization_id_idx" ON "kr_roles" USING btree ("organization_id");