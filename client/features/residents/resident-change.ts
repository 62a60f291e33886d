import type { Resident, ResidentChange, ResidentChangeField } from '../../../core/contracts/residents';
import { ApiError } from '../../api/client';
import type { FormIssue } from '../../ui/form-issues';

/** The 变更 form as typed: text as entered, '' for a field left alone. */
export interface ResidentChangeDraft {
  name: string;
  idNumber: string;
  phone: string;
  houseNumber: string;
  kind: Resident['kind'];
  /** 迁出日期 'YYYY-MM-DD' as DateField gives it; '' for none. */
  movedOutOn: string;
}

type TextField = Exclude<ResidentChangeField, 'kind' | 'movedOutOn'>;
const textFields: readonly TextField[] = ['name', 'idNumber', 'phone', 'houseNumber'];

/**
 * What the form holds before anyone types: the kind as it is, and the masked fields empty. A masked value
 * (张*, 5117**********1234) is no value to send back: a field is entered afresh, and only what is typed is sent.
 * An unmasked record's values are shown as they are.
 */
export function draftFor(resident: Resident): ResidentChangeDraft {
  const shown = (value: string | null) => (resident.masked ? '' : (value ?? ''));
  return {
    name: shown(resident.name), idNumber: shown(resident.idNumber), phone: shown(resident.phone), houseNumber: shown(resident.houseNumber),
    kind: resident.kind, movedOutOn: '',
  };
}

/**
 * The body of PATCH /api/residents/:id: the fields typed (trimmed) that differ from what the form started with, the
 * kind if it changed, and a move-out date if one was given; `nothing` when none is. Not checked here: the server
 * checks with the import's rules and names each field at fault in the interface's language (issuesOfRefusal).
 */
export function toResidentChange(resident: Resident, draft: ResidentChangeDraft): { ok: true; change: ResidentChange } | { ok: false; reason: 'nothing' } {
  const before = draftFor(resident);
  const change: ResidentChange = {};
  for (const field of textFields) {
    const value = draft[field].trim();
    if (value !== '' && value !== before[field]) change[field] = value;
  }
  if (draft.kind !== resident.kind) change.kind = draft.kind;
  const movedOutOn = draft.movedOutOn.trim();
  if (movedOutOn !== '') change.movedOutOn = movedOutOn;
  return Object.keys(change).length > 0 ? { ok: true, change } : { ok: false, reason: 'nothing' };
}

const formFields = new Set<string>([...textFields, 'kind', 'movedOutOn']);

/**
 * The server's refusal as the form shows it: each issue of a 400 beside its field (issues of a field the form does not
 * have, and every other refusal — 404, 403, a lost connection — as one message for the whole form, field 'form').
 */
export function issuesOfRefusal(err: unknown): FormIssue[] {
  const body = err instanceof ApiError && err.status === 400 ? (err.body as { issues?: unknown } | null) : null;
  const issues = Array.isArray(body?.issues) ? (body.issues as FormIssue[]) : [];
  const whole = { field: 'form', message: err instanceof Error ? err.message : String(err) };
  const beside = issues.filter((i) => formFields.has(i.field));
  return beside.length > 0 && beside.length === issues.length ? beside : [...beside, whole];
}
