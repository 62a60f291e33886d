-- When each incident was entered, so that a late report (补录: entered on a later local day than it happened) is known
-- after a reload too, not only to a wall that saw it arrive. Added on the partitioned parent, which gives it to every
-- month's partition. The rows already here were entered at a time nobody kept: they take their occurred_at, so none
-- of them reads as a late report (their entry time is unknown, not known to be the same).
ALTER TABLE "incidents" ADD COLUMN "recorded_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
UPDATE "incidents" SET "recorded_at" = "occurred_at";
