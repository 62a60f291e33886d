const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/**
 * Checks an 18-character resident identity number (GB 11643-1999): a region code that does not start with 0,
 * a real birth date YYYYMMDD from 1900, a 3-digit sequence and the ISO 7064 MOD 11-2 check character (digit or
 * upper-case X). Returns why it fails, phrased to follow the field's name ("has a wrong check character …"), or
 * null when it is valid. Pure; does not know today's date, so a birth date in the future passes.
 */
export function checkIdNumber(id: string): string | null {
  if (!/^\d{17}[\dX]$/.test(id)) return 'must have 18 characters: 17 digits, then a digit or X';
  if (id[0] === '0') return 'has no valid region code (the first digit is 0)';
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) {
    return `has no valid birth date (${id.slice(6, 14)})`;
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i];
  if (CHECK_CHARS[sum % 11] !== id[17]) return 'has a wrong check character (GB 11643)';
  return null;
}
