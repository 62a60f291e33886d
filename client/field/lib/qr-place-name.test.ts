import { describe, expect, it } from 'vitest';
import type { FieldTodayKeyPlace } from '../../../core/contracts/field';
import { qrKeyPlaceCode, qrPlaceName } from './qr-place-name';

// As server/services/field-qr.ts prints them: JW1.<code>.<128-bit HMAC, base64url (22 characters)>.
const printed = (code: string) => `JW1.${code}.q3Zx-9_Lk2mPw8RtYb0aVg`;
const kept: FieldTodayKeyPlace[] = [
  { code: 'KP-0007', name: '东门小学', position: [107.5, 31.2] },
  { code: 'KP-0012', name: '南山商业中心', position: [107.51, 31.21] },
];

describe('naming a QR check-in queued offline', () => {
  it('names the key place a printed code was made for, from the places kept with the day', () => {
    expect(qrPlaceName(printed('KP-0012'), kept)).toBe('南山商业中心');
    expect(qrPlaceName(`  ${printed('KP-0007')}\n`, kept)).toBe('东门小学');
  });

  it('answers null for a code of a place the phone does not keep, so the screen says 扫码点', () => {
    expect(qrPlaceName(printed('KP-9999'), kept)).toBeNull();
    expect(qrPlaceName(printed('KP-0007'), [])).toBeNull();
  });

  it('reads no code from what is not one of our payloads', () => {
    for (const text of ['', 'KP-0007', 'https://example.com/KP-0007', 'JW2.KP-0007.abc', 'JW1..q3Zx-9_Lk2mPw8RtYb0aVg', 'JW1.KP 0007.q3Zx-9_Lk2mPw8RtYb0aVg', 'JW1.KP-0007.short']) {
      expect(qrKeyPlaceCode(text), text).toBeNull();
      expect(qrPlaceName(text, kept), text).toBeNull();
    }
    expect(qrKeyPlaceCode(printed('KP-0007'))).toBe('KP-0007');
  });
});
