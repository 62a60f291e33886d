CREATE TABLE "patrol_routes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"station_code" text,
	"assigned_to" text NOT NULL,
	"mode" text NOT NULL,
	"window_start" text NOT NULL,
	"window_end" text NOT NULL,
	"weekdays" jsonb NOT NULL,
	"budget_min" integer NOT NULL,
	"dwell_min" integer NOT NULL,
	"plan" jsonb NOT NULL,
	"geom" geometry(LineString,4326) NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "road_edges" (
	"id" bigint PRIMARY KEY NOT NULL,
	"source" bigint NOT NULL,
	"target" bigint NOT NULL,
	"highway" text NOT NULL,
	"name" text,
	"length_m" double precision NOT NULL,
	"foot_cost_s" double precision NOT NULL,
	"foot_reverse_cost_s" double precision NOT NULL,
	"car_cost_s" double precision NOT NULL,
	"car_reverse_cost_s" double precision NOT NULL,
	"geom" geometry(LineString,4326) NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "road_nodes" (
	"id" bigint PRIMARY KEY NOT NULL,
	"geom" geometry(Point,4326) NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "patrol_routes" ADD CONSTRAINT "patrol_routes_station_code_stations_code_fk" FOREIGN KEY ("station_code") REFERENCES "public"."stations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "road_edges_geom_gist" ON "road_edges" USING gist ("geom");--> statement-breakpoint
CREATE INDEX "road_edges_source_idx" ON "road_edges" USING btree ("source");--> statement-breakpoint
CREATE INDEX "road_edges_target_idx" ON "road_edges" USING btree ("target");--> statement-breakpoint
CREATE INDEX "road_nodes_geom_gist" ON "road_nodes" USING gist ("geom");