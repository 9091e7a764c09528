DROP INDEX "parties_municipality_number_idx";--> statement-breakpoint
DROP INDEX "units_organization_number_idx";--> statement-breakpoint
CREATE UNIQUE INDEX "parties_municipality_number_name_idx" ON "parties" USING btree ("municipality_number","name");--> statement-breakpoint
CREATE UNIQUE INDEX "units_organization_number_idx" ON "units" USING btree ("organization_number");