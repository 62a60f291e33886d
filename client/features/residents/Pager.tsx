import { useI18n } from '../../i18n/I18nProvider';
import { pageRange } from './resident-query';

/** Which rows are shown, with previous and next page buttons. */
export function Pager({ total, offset, limit, onOffset }: { total: number; offset: number; limit: number; onOffset: (offset: number) => void }) {
  const { t } = useI18n();
  const r = pageRange(total, offset, limit);
  return (
    <div className="pager">
      <span data-testid="page-info">{t('pageInfo', { from: r.from, to: r.to, total })}</span>
      <button type="button" disabled={!r.hasPrevious} onClick={() => onOffset(Math.max(0, offset - limit))} data-testid="page-previous">
        {t('pagePrevious')}
      </button>
      <button type="button" disabled={!r.hasNext} onClick={() => onOffset(offset + limit)} data-testid="page-next">
        {t('pageNext')}
      </button>
    </div>
  );
}
