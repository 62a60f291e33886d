const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** Why an identity number fails: a rule of core/contracts/rule-messages.ts and its parameters. */
export interface IdNumberProblem {
  rule: 'id_number_length' | 'id_number_region' | 'id_number_birth_date' | 'id_number_check_char';
  params: Record<string, string>;
}

/**
 * Checks an 18-character resident identity number (GB 11643-1999): a region code that does not start with 0,
 * a real birth date YYYYMMDD from 1900, a 3-digit sequence and the ISO 7064 MOD 11-2 check character (digit or
 * upper-case X). Returns why it fails as a rule code (worded in both languages by rule-messages.ts), or null when it
 * is valid. Pure; does not know today's date, so a birth date in the future passes.
 */
export function checkIdNumber(id: string): IdNumberProblem | null {
  if (!/^\d{17}[\dX]$/.test(id)) return { rule: 'id_number_length', params: {} };
  if (id[0] === '0') return { rule: 'id_number_region', params: {} };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCFullYear() !== y || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) {
    return { rule: 'id_number_birth_date', params: { date: id.slice(6, 14) } };
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * WEIGHTS[i];
  if (CHECK_CHARS[sum % 11] !== id[17]) return { rule: 'id_number_check_char', params: {} };
  return null;
}
