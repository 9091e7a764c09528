CREATE TYPE "public"."election_match_resolution" AS ENUM('MERGED', 'CORRECTED', 'DISMISSED');--> statement-breakpoint
CREATE TYPE "public"."election_reconciliation_match" AS ENUM('MATCHED', 'NEW_PERSON', 'HOLDER');--> statement-breakpoint
CREATE TABLE "election_match_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reconciliation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"message" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"resolution" "election_match_resolution",
	"resolution_note" text,
	"resolved_at" timestamp with time zone,
	"resolved_by" text
);
--> statement-breakpoint
CREATE TABLE "election_reconciliation_persons" (
	"reconciliation_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"match" "election_reconciliation_match" NOT NULL,
	"notified_at" timestamp with time zone,
	"unpublished_at" timestamp with time zone,
	"link_sent_at" timestamp with time zone,
	"not_reached_at" timestamp with time zone,
	CONSTRAINT "election_reconciliation_persons_reconciliation_id_person_id_pk" PRIMARY KEY("reconciliation_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "election_reconciliations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_number" varchar(4) NOT NULL,
	"period_start_year" integer NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"started_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "election_match_reports" ADD CONSTRAINT "election_match_reports_reconciliation_id_election_reconciliations_id_fk" FOREIGN KEY ("reconciliation_id") REFERENCES "public"."election_reconciliations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_reconciliation_persons" ADD CONSTRAINT "election_reconciliation_persons_reconciliation_id_election_reconciliations_id_fk" FOREIGN KEY ("reconciliation_id") REFERENCES "public"."election_reconciliations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "election_match_reports_reconciliation_id_idx" ON "election_match_reports" USING btree ("reconciliation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "election_match_reports_open_idx" ON "election_match_reports" USING btree ("reconciliation_id","person_id") WHERE "election_match_reports"."resolved_at" is null;--> statement-breakpoint
CREATE INDEX "election_reconciliation_persons_person_id_idx" ON "election_reconciliation_persons" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "election_reconciliations_period_idx" ON "election_reconciliations" USING btree ("municipality_number","period_start_year");