CREATE TABLE "water_features" (
	"code" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name" text,
	"geom" geometry(Geometry,4326) NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX "water_features_geom_gist" ON "water_features" USING gist ("geom");