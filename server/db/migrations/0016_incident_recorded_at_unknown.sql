-- A database that ran migration 0015 before it changed gave every older incident its occurred_at as entry time, and a
-- NOT NULL column; one migrated since leaves those rows NULL (unknown). Both end here, with the column nullable.
ALTER TABLE "incidents" ALTER COLUMN "recorded_at" DROP NOT NULL;--> statement-breakpoint
-- Where the live outbox still holds an incident's event (LIVE_EVENTS_RETENTION_DAYS), that event was written in the
-- incident's own transaction, so its time is the entry time itself, not a guess. Only those rows are touched, a few
-- days' worth, and each is found by its key (id, occurred_at) in its month's partition. A row whose entry time is
-- already known (not NULL, not the old guess) keeps it.
UPDATE "incidents" AS i SET "recorded_at" = e."at"
FROM "live_events" AS e
WHERE e."kind" = 'incident'
  AND i."id" = (e."payload"->>'id')::bigint
  AND i."occurred_at" = (e."payload"->>'occurredAt')::timestamptz
  AND (i."recorded_at" IS NULL OR i."recorded_at" = i."occurred_at");
