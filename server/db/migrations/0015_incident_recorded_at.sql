-- When each incident was entered, so that a late report (补录: entered on a later local day than it happened) is known
-- after a reload too, not only to a wall that saw it arrive. Added on the partitioned parent, which gives it to every
-- month's partition. The rows already here were entered at a time nobody kept: they are left NULL (unknown), and
-- readers take their occurred_at (server/db/repos/incident-recorded-at-sql.ts), so none of them reads as a late report.
-- Not back-filled with an UPDATE: that rewrites every incident row in one transaction (hours, and the table's size
-- again in dead rows, on a 10-million-row district), where adding a column with no default only changes the catalog.
-- The default comes second so that it applies to new rows only. Migration 0016 fills the rows whose entry a kept live
-- event still remembers.
ALTER TABLE "incidents" ADD COLUMN "recorded_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "incidents" ALTER COLUMN "recorded_at" SET DEFAULT now();
