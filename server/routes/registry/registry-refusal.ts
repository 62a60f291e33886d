import type { ImportRefusal, RegistryKind } from '../../../core/contracts/registry';
import type { RegistryProblem } from '../../../core/registry';
import type { Language } from '../../i18n/language';
import { say } from '../../i18n/messages';
import { issueText } from '../../i18n/zod-issue-text';

/** One problem of a 一标三实 import as a person reads it, in `language`; the report names its row and column beside it. */
export function registryReason(problem: RegistryProblem, language: Language): string {
  return 'issue' in problem ? issueText(problem.issue, problem.field, language) : say(language, problem.code, problem.params);
}

/**
 * The 422 of a refused import, in `language`: how many of the file's rows are refused, or — when the file gave no
 * row to judge (a wrong header, not CSV, no rows) — what is wrong with the file itself, never "1 of 0 rows".
 */
export function registryRefusal(language: Language, kind: RegistryKind, rows: number, problems: readonly RegistryProblem[]): ImportRefusal {
  const rejected = problems.map((p) => ({ row: p.row, field: p.field, reason: registryReason(p, language) }));
  const message = rows === 0
    ? say(language, 'import_file_refused', { problems: rejected.map((r) => r.reason).join(language === 'zh-CN' ? '；' : '; ') })
    : say(language, 'import_rows_refused', { refused: new Set(problems.map((p) => p.row)).size, rows });
  return { error: 'rejected_rows', message, kind, rows, rejected };
}
