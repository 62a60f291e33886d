import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe token of 32 bytes (256 bits). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only the SHA-256 of a session or wall token is stored: a copy of the table opens no session. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
