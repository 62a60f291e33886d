import type { FieldTodayKeyPlace } from '../../../core/contracts/field';

// The printed payload is `JW1.<key place code>.<signature>` (server/services/field-qr.ts); the phone reads the code
// only to name the place in its queue — the server alone checks the signature.
const payloadPattern = /^JW1\.([A-Za-z0-9_-]{1,40})\.[A-Za-z0-9_-]{22}$/;

/** The key place code a scanned QR payload names, or null when it is not one of ours. */
export function qrKeyPlaceCode(payload: string): string | null {
  return payloadPattern.exec(payload.trim())?.[1] ?? null;
}

/**
 * The name of the key place a QR payload was printed for, from the key places the phone keeps with the day's copy,
 * so a check-in queued offline is listed by name; null when the code is not among them (or not a payload of ours).
 */
export function qrPlaceName(payload: string, keyPlaces: readonly FieldTodayKeyPlace[]): string | null {
  const code = qrKeyPlaceCode(payload);
  if (code === null) return null;
  return keyPlaces.find((k) => k.code === code)?.name ?? null;
}
