ALTER TABLE "disputes" ADD COLUMN "building_code" text;--> statement-breakpoint
UPDATE "disputes" d SET "building_code" = a."building_code" FROM "addresses" a WHERE a."code" = d."address_code";
