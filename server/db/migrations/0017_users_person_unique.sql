-- One account a staff record (人员): 用户管理 now links them, and the field app reads an account's tasks and routes
-- through its record. Until now only the demo seed set person_id, one account a person; a link written twice by hand
-- in SQL is kept on the first account by name and cleared on the others, which an administrator can link again.
UPDATE "users" AS u SET "person_id" = NULL
WHERE u."person_id" IS NOT NULL
  AND u."username" <> (SELECT min(o."username") FROM "users" AS o WHERE o."person_id" = u."person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_person_idx" ON "users" USING btree ("person_id") WHERE "users"."person_id" IS NOT NULL;
