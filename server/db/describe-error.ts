/**
 * A one-line account of a failure for the console: the database's own message when Drizzle wrapped it
 * (Drizzle's message repeats the whole query and its parameters, megabytes for a bulk insert).
 */
export function describeError(err: unknown): string {
  const e = err as { message?: string; cause?: { message?: string } } | undefined;
  const message = e?.cause?.message ?? e?.message ?? String(err);
  return message.length > 500 ? `${message.slice(0, 500)}…` : message;
}
