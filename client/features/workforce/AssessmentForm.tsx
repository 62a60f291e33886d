import { useEffect, useRef, useState, type FormEvent } from 'react';
import { grades, type Assessment } from '../../../core/contracts/workforce';
import { getAssessmentRanking, saveAssessment } from '../../api/workforce-endpoints';
import { useResource } from '../../api/use-resource';
import { useI18n } from '../../i18n/I18nProvider';
import { issueAt, issueText, type FormIssue } from '../../ui/form-issues';
import { defaultAssessmentRound, recentRounds } from './rounds';
import { blankAssessmentDraft, draftOfAssessment, draftTotal, toNewAssessment, workforceFixes, type AssessmentDraft } from './workforce-forms';
import { gradeLabels, scoreLabels } from '../../shared/workforce-labels';

const scoreKeys = ['work', 'disputes', 'data', 'residents'] as const;

/**
 * 双月考评: an assessor grades the grid's leader for a round — one of 好 / 较好 / 一般 / 差, the four parts of the score
 * (each out of 25) and comments. Grading a round again replaces the grade, so a round already graded opens on its
 * grade, said so, and the button reads 修改考评 (it opened blank, and a save silently replaced the grade).
 */
export function AssessmentForm({ gridCode, gridName, onSaved }: { gridCode: string; gridName: string; onSaved: (a: Assessment) => void }) {
  const { t } = useI18n();
  const now = Date.now();
  const [draft, setDraft] = useState<AssessmentDraft>(() => blankAssessmentDraft(defaultAssessmentRound(now)));
  const [saves, setSaves] = useState(0);
  const [roundGrades] = useResource((signal) => getAssessmentRanking(draft.round, signal), [draft.round, saves]);
  const existing = roundGrades.data?.round === draft.round ? (roundGrades.data.rows.find((r) => r.gridCode === gridCode) ?? null) : undefined;
  // Filled in once a round's grades arrive, not on every reload, and not over what the assessor typed meanwhile.
  const filledFor = useRef<string | null>(null);
  const typed = useRef(false);
  useEffect(() => {
    if (existing === undefined || filledFor.current === draft.round) return;
    filledFor.current = draft.round;
    if (!typed.current) setDraft(existing ? draftOfAssessment(existing) : blankAssessmentDraft(draft.round));
  }, [existing, draft.round]);
  const type = (next: AssessmentDraft) => {
    typed.current = true;
    setDraft(next);
  };
  const [issues, setIssues] = useState<FormIssue[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const total = draftTotal(draft.scores);
  const error = (field: string) => {
    const issue = issueAt(issues, field);
    return issue && <span className="field-error">{issueText(issue, workforceFixes, t)}</span>;
  };
  async function submit(e: FormEvent) {
    e.preventDefault();
    const built = toNewAssessment(draft, gridCode);
    setMessage(null);
    if (!built.ok) return setIssues(built.issues);
    setIssues([]);
    try {
      const saved = await saveAssessment(built.body);
      filledFor.current = saved.round;
      setSaves((n) => n + 1);
      setMessage({ ok: true, text: t('wfGraded', { grid: saved.gridName ?? gridCode, leader: saved.leaderName ?? saved.leaderId, round: saved.round, grade: t(gradeLabels[saved.grade]) }) });
      onSaved(saved);
    } catch (err) {
      setMessage({ ok: false, text: t('wfRefused', { message: err instanceof Error ? err.message : String(err) }) });
    }
  }
  return (
    <form className="inline-form" onSubmit={submit} noValidate data-testid="wf-assessment-form">
      <h4>{t('wfGradeTitle', { grid: gridName })}</h4>
      <label className="field">
        {t('wfRound')}
        <select
          value={draft.round}
          onChange={(e) => {
            typed.current = false;
            setDraft({ ...draft, round: e.target.value });
          }}
          data-testid="wf-assessment-round"
        >
          {recentRounds(now).map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        {error('round')}
      </label>
      {existing && (
        <p className="form-note" data-testid="wf-assessment-existing">
          {t('wfAlreadyGraded', { grade: t(gradeLabels[existing.grade]), total: existing.total ?? '—', by: existing.assessedBy ?? '—' })}
        </p>
      )}
      <fieldset className="grade-choice">
        <legend>{t('wfGrade')}</legend>
        {grades.map((g) => (
          <label key={g} className={`grade-option grade-${g}`}>
            <input type="radio" name="grade" checked={draft.grade === g} onChange={() => type({ ...draft, grade: g })} data-testid={`wf-assessment-grade-${g}`} />
            {t(gradeLabels[g])}
          </label>
        ))}
        {error('grade')}
      </fieldset>
      {scoreKeys.map((k) => (
        <label key={k} className="field score">
          {t(scoreLabels[k])} (0–25)
          <input
            type="number"
            min={0}
            max={25}
            step={0.5}
            value={draft.scores[k]}
            onChange={(e) => type({ ...draft, scores: { ...draft.scores, [k]: e.target.value } })}
            data-testid={`wf-assessment-score-${k}`}
          />
          {error(`scores.${k}`)}
        </label>
      ))}
      <p className="total" data-testid="wf-assessment-total">
        {t('wfTotal')}: {total ?? '—'} / 100
      </p>
      <label className="field wide">
        {t('wfComments')}
        <textarea value={draft.comments} onChange={(e) => type({ ...draft, comments: e.target.value })} rows={2} maxLength={2000} data-testid="wf-assessment-comments" />
      </label>
      <button type="submit" data-testid="wf-assessment-submit">
        {existing ? t('wfReplaceGrade') : t('wfSaveGrade')}
      </button>
      {message && (
        <p className={message.ok ? 'ok-note' : 'error'} data-testid="wf-assessment-message">
          {message.text}
        </p>
      )}
    </form>
  );
}
