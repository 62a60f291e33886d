import { useI18n } from '../../i18n/I18nProvider';
import { pageRange } from './resident-query';

/** Which rows are shown of how many, with previous and next page buttons. */
export function Pager({ total, offset, limit, onOffset, totalTitle }: {
  total: number;
  offset: number;
  limit: number;
  onOffset: (offset: number) => void;
  /** What the total counts (a measure's glossary words), shown as the count's tooltip. */
  totalTitle?: string;
}) {
  const { t } = useI18n();
  const r = pageRange(total, offset, limit);
  return (
    <div className="pager">
      <span data-testid="page-info" title={totalTitle}>{t('pageInfo', { from: r.from, to: r.to, total })}</span>
      <button type="button" disabled={!r.hasPrevious} onClick={() => onOffset(Math.max(0, offset - limit))} data-testid="page-previous">
        {t('pagePrevious')}
      </button>
      <button type="button" disabled={!r.hasNext} onClick={() => onOffset(offset + limit)} data-testid="page-next">
        {t('pageNext')}
      </button>
    </div>
  );
}
