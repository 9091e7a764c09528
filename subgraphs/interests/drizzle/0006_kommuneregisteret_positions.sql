CREATE TYPE "public"."position_source" AS ENUM('SELF_DECLARED', 'KOMMUNEREGISTERET');--> statement-breakpoint
ALTER TYPE "public"."position_category" ADD VALUE 'MUNICIPAL_EMPLOYMENT' BEFORE 'COMPANY_BOARD';--> statement-breakpoint
ALTER TYPE "public"."position_category" ADD VALUE 'ELECTED_OFFICE' BEFORE 'COMPANY_BOARD';--> statement-breakpoint
ALTER TYPE "public"."position_category" ADD VALUE 'MUNICIPAL_COMPANY_ROLE' BEFORE 'COMPANY_BOARD';--> statement-breakpoint
DROP INDEX "positions_person_unique_idx";--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "source" "position_source" DEFAULT 'SELF_DECLARED' NOT NULL;--> statement-breakpoint
ALTER TABLE "positions" ADD COLUMN "kr_role_id" uuid;--> statement-breakpoint
CREATE UNIQUE INDEX "positions_kr_role_id_idx" ON "positions" USING btree ("kr_role_id");--> statement-breakpoint
CREATE UNIQUE INDEX "positions_person_unique_idx" ON "positions" USING btree ("person_id","category",coalesce("organization_number", lower("organization_name")),coalesce(lower("role"), '')) WHERE "positions"."source" = 'SELF_DECLARED';