import type { IncidentItemProblem } from '../../core/contracts/incident-write';
import { IncidentRecordSchema, NewIncidentSchema, type NewIncident } from '../../core/contracts/live';
import type { ItemRefusal } from '../db/repos/incidents-write.repo';
import type { Language } from '../i18n/language';
import { fieldSentence, say, thing } from '../i18n/messages';
import { issueText } from '../i18n/zod-issue-text';

// Items of a batch (POST /api/incidents/batch) and rows of a back-fill file (npm run import:incidents) are checked
// and worded alike: each problem names its item (or line) number, the field and why, in the caller's language.

/**
 * Checks every value against NewIncidentSchema (a back-fill file's rows: IncidentRecordSchema, which takes any past
 * time); `numberOf` gives the number a person sees (item or line).
 */
export function checkIncidentItems(values: unknown[], language: Language, numberOf: (index: number) => number = (i) => i + 1, schema: typeof IncidentRecordSchema = NewIncidentSchema):
  { ok: true; items: NewIncident[] } | { ok: false; problems: IncidentItemProblem[] } {
  const items: NewIncident[] = [];
  const problems: IncidentItemProblem[] = [];
  values.forEach((value, index) => {
    const parsed = schema.safeParse(value, { reportInput: true });
    if (parsed.success) {
      items.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.') || 'body';
      problems.push({ item: numberOf(index), field, reason: 'invalid', message: issueText(issue, field, language) });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, items };
}

const refusalFields = {
  outside_grids: 'lng/lat',
  outside_scope: 'lng/lat',
  unknown_category: 'categoryCode',
  external_id_conflict: 'externalId',
  external_id_repeats: 'externalId',
} as const;

/** The problem a refused item is, worded in `language`. */
export function describeRefusal(r: ItemRefusal, items: NewIncident[], language: Language, numberOf: (index: number) => number = (i) => i + 1): IncidentItemProblem {
  const message =
    r.reason === 'unknown_category' ? say(language, 'no_such', thing('incident_category'))
    : r.reason === 'external_id_conflict' ? say(language, 'external_id_conflict', { externalId: items[r.index].externalId ?? '' })
    : r.reason === 'external_id_repeats' ? say(language, 'external_id_repeats', { first: numberOf(r.firstIndex ?? 0) })
    : say(language, r.reason);
  return { item: numberOf(r.index), field: refusalFields[r.reason], reason: r.reason, message };
}

/** "第 3 条：纬度：必填；第 7 条：…" — the first `max` problems, for a refusal's message. */
export function listProblems(problems: IncidentItemProblem[], language: Language, max = 10): string {
  const shown = problems.slice(0, max).map((p) => say(language, 'batch_item', { item: p.item, text: fieldSentence(language, p.field, p.message) }));
  const more = problems.length > max ? [language === 'zh-CN' ? `……共 ${problems.length} 处` : `… ${problems.length} in all`] : [];
  return [...shown, ...more].join(language === 'zh-CN' ? '；' : '; ');
}

/** The number of distinct items among the problems. */
export const itemCount = (problems: IncidentItemProblem[]) => new Set(problems.map((p) => p.item)).size;
