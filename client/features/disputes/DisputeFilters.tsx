import type { FormEvent } from 'react';
import { disputeTypes, riskLevels } from '../../../core/contracts/disputes';
import { disputeStatuses } from '../../../core/disputes';
import { useI18n } from '../../i18n/I18nProvider';
import type { GridChoice } from '../../shared/grids-in-scope';
import type { DisputeFilter } from './dispute-query';
import { riskLabels, statusLabels, typeLabels } from '../../shared/dispute-labels';

export interface DisputeFiltersProps {
  draft: DisputeFilter;
  onDraft: (f: DisputeFilter) => void;
  onApply: () => void;
  onReset: () => void;
  /** The grids of the user's jurisdiction, by name. */
  grids: GridChoice[];
}

/** Search and filters of the disputes list: applied on 查询 (or Enter), not on every key. */
export function DisputeFilters({ draft, onDraft, onApply, onReset, grids }: DisputeFiltersProps) {
  const { t } = useI18n();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply();
  };
  const set = <K extends keyof DisputeFilter>(key: K, value: DisputeFilter[K]) => onDraft({ ...draft, [key]: value });
  return (
    <form className="filters" onSubmit={submit} data-testid="dispute-filters">
      <label>
        {t('dspSearch')}
        <input value={draft.q} onChange={(e) => set('q', e.target.value)} placeholder={t('dspSearchHint')} maxLength={100} data-testid="dispute-search" />
      </label>
      <label>
        {t('dspColStatus')}
        <select value={draft.status} onChange={(e) => set('status', e.target.value as DisputeFilter['status'])} data-testid="dispute-filter-status">
          <option value="">{t('dspAny')}</option>
          {disputeStatuses.map((s) => (
            <option key={s} value={s}>
              {t(statusLabels[s])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dspColType')}
        <select value={draft.type} onChange={(e) => set('type', e.target.value as DisputeFilter['type'])} data-testid="dispute-filter-type">
          <option value="">{t('dspAny')}</option>
          {disputeTypes.map((s) => (
            <option key={s} value={s}>
              {t(typeLabels[s])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dspColRisk')}
        <select value={draft.risk} onChange={(e) => set('risk', e.target.value as DisputeFilter['risk'])} data-testid="dispute-filter-risk">
          <option value="">{t('dspAny')}</option>
          {riskLevels.map((s) => (
            <option key={s} value={s}>
              {t(riskLabels[s])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('dspOverdue')}
        <select value={draft.overdue} onChange={(e) => set('overdue', e.target.value as DisputeFilter['overdue'])} data-testid="dispute-filter-overdue">
          <option value="">{t('dspAny')}</option>
          <option value="true">{t('dspOverdueYes')}</option>
          <option value="false">{t('dspOverdueNo')}</option>
        </select>
      </label>
      <label>
        {t('dspColGrid')}
        {/* Picked by name from the jurisdiction's grids: a typed 15-digit code was the only way before. */}
        <select value={draft.grid} onChange={(e) => set('grid', e.target.value)} data-testid="dispute-filter-grid">
          <option value="">{t('dspAny')}</option>
          {grids.map((g) => (
            <option key={g.code} value={g.code}>
              {g.name}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" data-testid="dispute-apply">
        {t('search')}
      </button>
      <button type="button" className="secondary" onClick={onReset}>
        {t('dspReset')}
      </button>
    </form>
  );
}
