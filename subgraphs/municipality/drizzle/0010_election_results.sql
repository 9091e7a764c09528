CREATE TYPE "public"."election_match" AS ENUM('MATCHED', 'NEW_PERSON', 'AMBIGUOUS');--> statement-breakpoint
CREATE TYPE "public"."election_match_basis" AS ENUM('NAME', 'NAME_AND_LIST', 'NAME_LIST_AND_BIRTH_YEAR', 'CORRECTED');--> statement-breakpoint
CREATE TYPE "public"."election_result_status" AS ENUM('PROPOSED', 'CONFIRMED');--> statement-breakpoint
CREATE TABLE "election_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"result_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"body_kind" "body_kind" NOT NULL,
	"list_name" text NOT NULL,
	"party_id" uuid,
	"substitute_rank" smallint,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"birth_year" smallint,
	"match" "election_match" NOT NULL,
	"matched_by" "election_match_basis",
	"person_id" uuid,
	"alternative_ids" uuid[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "election_results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_number" varchar(4) NOT NULL,
	"period_start_year" smallint NOT NULL,
	"status" "election_result_status" DEFAULT 'PROPOSED' NOT NULL,
	"loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "election_candidates" ADD CONSTRAINT "election_candidates_result_id_election_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."election_results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_candidates" ADD CONSTRAINT "election_candidates_party_id_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."parties"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_candidates" ADD CONSTRAINT "election_candidates_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "election_results" ADD CONSTRAINT "election_results_municipality_number_municipalities_number_fk" FOREIGN KEY ("municipality_number") REFERENCES "public"."municipalities"("number") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "election_candidates_result_id_idx" ON "election_candidates" USING btree ("result_id","position");--> statement-breakpoint
CREATE INDEX "election_candidates_person_id_idx" ON "election_candidates" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "election_results_municipality_number_period_start_year_idx" ON "election_results" USING btree ("municipality_number","period_start_year");