import { NewDisputeSchema, type DisputeParty, type DisputeSource, type DisputeType, type NewDispute } from '../../../core/contracts/disputes';
import type { MessageKey } from '../../i18n/zh-CN';
import { issuesOf, type FormIssue } from '../../ui/form-issues';

export interface PartyDraft {
  role: DisputeParty['role'];
  name: string;
  idNumber: string;
  phone: string;
}

/** What the register form holds while it is filled in: text as typed, the place either a map point or a building. */
export interface RegisterDraft {
  type: DisputeType | '';
  source: DisputeSource | '';
  summary: string;
  description: string;
  where: 'point' | 'building';
  lngLat: [number, number] | null;
  buildingCode: string;
  /** Set when a standard address was chosen (its buildingCode too): the address is sent, and kept as the place. */
  addressCode: string;
  threats: boolean;
  violence: boolean;
  parties: PartyDraft[];
}

export const emptyRegisterDraft: RegisterDraft = {
  type: '',
  source: '',
  summary: '',
  description: '',
  where: 'building',
  lngLat: null,
  buildingCode: '',
  addressCode: '',
  threats: false,
  violence: false,
  parties: [],
};

export const emptyParty = (role: DisputeParty['role'] = 'applicant'): PartyDraft => ({ role, name: '', idNumber: '', phone: '' });

/**
 * The body of POST /api/disputes for a draft, validated with the API's own schema (NewDisputeSchema): blank
 * optional fields are left out, and only the chosen kind of place is sent. Does not mutate the draft.
 */
export function toNewDispute(draft: RegisterDraft): { ok: true; body: NewDispute } | { ok: false; issues: FormIssue[] } {
  const blankToUndefined = (s: string) => (s.trim() === '' ? undefined : s.trim());
  const candidate = {
    type: draft.type || undefined,
    source: draft.source || undefined,
    summary: draft.summary,
    description: draft.description,
    parties: draft.parties.map((p) => ({ role: p.role, name: p.name, idNumber: blankToUndefined(p.idNumber)?.toUpperCase(), phone: blankToUndefined(p.phone) })),
    lngLat: draft.where === 'point' ? draft.lngLat ?? undefined : undefined,
    buildingCode: draft.where === 'building' && !draft.addressCode.trim() ? blankToUndefined(draft.buildingCode) : undefined,
    addressCode: draft.where === 'building' ? blankToUndefined(draft.addressCode) : undefined,
    threats: draft.threats,
    violence: draft.violence,
  };
  const parsed = NewDisputeSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, body: parsed.data };
  // The schema's "exactly one place" refinement speaks of lngLat and runs only once the rest is valid; the form says
  // at once that the place of the chosen kind is missing.
  const placeField = draft.where === 'building' ? 'buildingCode' : 'lngLat';
  const issues = issuesOf(parsed.error).map((i) => (i.field === 'lngLat' ? { ...i, field: placeField } : i));
  const placeMissing = candidate.lngLat === undefined && candidate.buildingCode === undefined && candidate.addressCode === undefined;
  if (placeMissing && !issues.some((i) => i.field === placeField)) issues.push({ field: placeField, message: 'give exactly one of lngLat, buildingCode or addressCode' });
  return { ok: false, issues };
}

// A field's value as the form holds it, by the field's name in the API (parties.0.idNumber); the place is one field
// whichever kind is chosen, since switching kinds answers "where" afresh.
function valueAt(draft: RegisterDraft, field: string): string {
  const party = /^parties\.(\d+)\.(\w+)/.exec(field);
  if (party) return JSON.stringify(draft.parties[Number(party[1])]?.[party[2] as keyof PartyDraft]);
  if (field === 'lngLat' || field === 'buildingCode') return JSON.stringify([draft.where, draft.lngLat, draft.buildingCode, draft.addressCode]);
  return JSON.stringify(draft[field as keyof RegisterDraft]);
}

/**
 * The issues still standing after an edit from `before` to `after`: an issue of a field that changed is dropped (it is
 * checked again on submit), so a fixed field no longer shows its message. Pure.
 */
export function issuesAfterEdit(issues: readonly FormIssue[], before: RegisterDraft, after: RegisterDraft): FormIssue[] {
  return issues.filter((i) => valueAt(before, i.field) === valueAt(after, i.field));
}

/** A field of a party row that an issue may mark, in the order of the row's inputs. */
export type PartyField = 'role' | 'name' | 'idNumber' | 'phone';
const partyFields: readonly PartyField[] = ['role', 'name', 'idNumber', 'phone'];
/** The order the row's messages are said in: its inputs', then any issue of the row that names none of them. */
export const partyIssueFields: readonly (PartyField | 'row')[] = [...partyFields, 'row'];

/**
 * The issues of party row `k` by field, one a field, so that a bad ID number and a bad phone are both said at once
 * (the row showed only its first issue, the next only once the first was fixed: QA). An issue of the row that names
 * none of its fields is under 'row'. Pure.
 */
export function partyIssues(issues: readonly FormIssue[], k: number): Partial<Record<PartyField | 'row', FormIssue>> {
  const prefix = `parties.${k}`;
  const byField: Partial<Record<PartyField | 'row', FormIssue>> = {};
  for (const issue of issues) {
    if (issue.field !== prefix && !issue.field.startsWith(prefix + '.')) continue;
    const field = partyFields.find((f) => issue.field === `${prefix}.${f}`) ?? 'row';
    byField[field] ??= issue;
  }
  return byField;
}

/** What the form says for each field the schema may refuse (the schema's own words are English). */
export const registerFixes: readonly [RegExp, MessageKey][] = [
  [/^type$/, 'dspFixType'],
  [/^source$/, 'dspFixSource'],
  [/^summary$/, 'dspFixSummary'],
  [/^description$/, 'dspFixDescription'],
  [/^lngLat/, 'dspFixPoint'],
  [/^buildingCode$/, 'dspFixBuilding'],
  [/^parties\.\d+\.name$/, 'dspFixPartyName'],
  [/^parties\.\d+\.idNumber$/, 'dspFixPartyId'],
  [/^parties\.\d+\.phone$/, 'dspFixPartyPhone'],
  [/^parties$/, 'dspFixParties'],
];
