import type { MessageKey } from '../../i18n/zh-CN';

/** A server's reason in the interface's words: a message key and its parameters. */
export interface ReasonText {
  key: MessageKey;
  params: Record<string, string>;
}

// The reasons core/registry writes (validate-registry-rows, parse-registry-file), most specific first. The server's
// words name the CSV columns; a reason no pattern knows is shown as the server wrote it.
const patterns: [RegExp, MessageKey, string[]][] = [
  [/^(\w+) has a wrong check character/, 'regReasonCheckChar', ['field']],
  [/^(\w+) has no valid birth date \((\d+)\)$/, 'regReasonBirthDate', ['field', 'value']],
  [/^(\w+) must have 18 characters/, 'regReasonIdLength', ['field']],
  [/^no building (\S+) in your jurisdiction$/, 'regReasonNoBuilding', ['code']],
  [/^no standard address (\S+) in your jurisdiction$/, 'regReasonNoAddress', ['code']],
  [/^no house (\S+) in your jurisdiction$/, 'regReasonNoHouse', ['code']],
  [/^house (\S+) is not in building (\S+)$/, 'regReasonHouseElsewhere', ['code', 'building']],
  [/^(\w+) is before (\w+)$/, 'regReasonBefore', ['field', 'other']],
  [/^(\w+) (\S+) is after today \((\S+)\)$/, 'regReasonAfterToday', ['field', 'value', 'today']],
  [/^(\w+) is required$/, 'regReasonRequired', ['field']],
  [/^(\w+) (\S+) already exists$/, 'regReasonExists', ['field', 'value']],
  [/^(\w+) (\S+) repeats row (\d+)$/, 'regReasonRepeatsValue', ['field', 'value', 'row']],
  [/^(\w+) repeats row (\d+)$/, 'regReasonRepeats', ['field', 'row']],
  [/^(\w+) must be a date like/, 'regReasonDate', ['field']],
  [/^rental_start is required for a rented house$/, 'regReasonRentalStart', []],
  [/^the header lacks the column (\w+)$/, 'regReasonMissingColumn', ['field']],
  [/^the row has (\d+) values; the header has (\d+) columns/, 'regReasonValueCount', ['values', 'columns']],
  [/^the file holds no rows$/, 'regReasonNoRows', []],
];

/** The interface's wording of a rejection reason, or null when the reason is not one it knows. Pure. */
export function reasonText(reason: string): ReasonText | null {
  for (const [pattern, key, names] of patterns) {
    const m = pattern.exec(reason);
    if (m) return { key, params: Object.fromEntries(names.map((n, i) => [n, m[i + 1]])) };
  }
  return null;
}
