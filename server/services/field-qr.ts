/**
 * The payload of the QR codes posted at key places (巡逻必到点, issue 16): `JW1.<key place code>.<signature>`, the
 * signature an HMAC-SHA256 of `JW1.<code>` under a server secret, base64url, cut to 128 bits (enough against forgery,
 * short enough for a small, robust code). A code cannot be made for another place, nor altered, without the secret.
 *
 * Where the secret lives: FIELD_QR_SECRET in the environment, so that every API process, every host and every
 * restart verify the codes already printed, and so that it is not in the database, whose dumps, backups and
 * replicas more people can read than the server's environment. Without it (a demonstration or a single machine) a
 * random secret is made once and kept in DATA_DIR/field-qr-secret, beside the embedded database, so printed codes
 * survive restarts; a deployment on several hosts must set FIELD_QR_SECRET (README). Rotating it voids the printed
 * sheet: print it again.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Env } from '../env';

const prefix = 'JW1';
const signatureBytes = 16;
const secrets = new Map<string, Buffer>();

/** The signing secret: FIELD_QR_SECRET, or the one kept in DATA_DIR (made on first use). */
export function qrSecret(env: Pick<Env, 'FIELD_QR_SECRET' | 'DATA_DIR'>): Buffer {
  if (env.FIELD_QR_SECRET) return Buffer.from(env.FIELD_QR_SECRET, 'utf8');
  const file = join(env.DATA_DIR, 'field-qr-secret');
  const known = secrets.get(file);
  if (known) return known;
  mkdirSync(env.DATA_DIR, { recursive: true });
  try {
    // 'wx' fails when another process made it first; both then read the one file.
    writeFileSync(file, randomBytes(32).toString('base64url'), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const secret = Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
  secrets.set(file, secret);
  return secret;
}

function sign(secret: Buffer, code: string): Buffer {
  return createHmac('sha256', secret).update(`${prefix}.${code}`).digest().subarray(0, signatureBytes);
}

/** The payload to print for the key place `code`. */
export function keyPlaceQrPayload(secret: Buffer, code: string): string {
  return `${prefix}.${code}.${sign(secret, code).toString('base64url')}`;
}

/** The key place code a payload names when its signature holds; null for anything forged, altered or foreign. */
export function verifyKeyPlaceQr(secret: Buffer, payload: string): string | null {
  const m = /^JW1\.([A-Za-z0-9_-]{1,40})\.([A-Za-z0-9_-]{22})$/.exec(payload.trim());
  if (!m) return null;
  const given = Buffer.from(m[2], 'base64url');
  const expected = sign(secret, m[1]);
  return given.length === expected.length && timingSafeEqual(given, expected) ? m[1] : null;
}
