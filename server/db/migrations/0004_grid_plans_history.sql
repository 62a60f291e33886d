CREATE TABLE "grid_history" (
	"plan_id" uuid NOT NULL,
	"superseded_by" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"community_code" text NOT NULL,
	"street_code" text NOT NULL,
	"beat_code" text,
	"households" integer NOT NULL,
	"residents" integer NOT NULL,
	"geom" geometry(MultiPolygon,4326) NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activities" DROP CONSTRAINT "activities_grid_code_grids_code_fk";
--> statement-breakpoint
ALTER TABLE "assessments" DROP CONSTRAINT "assessments_grid_code_grids_code_fk";
--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "area_kind" text;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "area_code" text;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "band_min" integer;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "band_max" integer;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "assignment" jsonb;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "locked" jsonb;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "docking" jsonb;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "created_by" text;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "published_by" text;--> statement-breakpoint
ALTER TABLE "grid_plans" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "grid_history" ADD CONSTRAINT "grid_history_plan_id_grid_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."grid_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_history" ADD CONSTRAINT "grid_history_superseded_by_grid_plans_id_fk" FOREIGN KEY ("superseded_by") REFERENCES "public"."grid_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grid_history_superseded_idx" ON "grid_history" USING btree ("superseded_by");--> statement-breakpoint
CREATE INDEX "grid_history_code_idx" ON "grid_history" USING btree ("code");