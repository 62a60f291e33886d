CREATE TABLE "incident_external_ids" (
	"external_id" text PRIMARY KEY NOT NULL,
	"incident_id" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
