ALTER TYPE "public"."position_category" ADD VALUE 'EMPLOYER_AGREEMENT' BEFORE 'OTHER';--> statement-breakpoint
ALTER TYPE "public"."position_category" ADD VALUE 'ECONOMIC_SUPPORT' BEFORE 'OTHER';--> statement-breakpoint
ALTER TYPE "public"."position_category" ADD VALUE 'GIFT' BEFORE 'OTHER';--> statement-breakpoint
ALTER TYPE "public"."position_category" ADD VALUE 'PAID_TRAVEL' BEFORE 'OTHER';