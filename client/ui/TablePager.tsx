import { useI18n } from '../i18n/I18nProvider';

export interface TablePagerProps {
  /** 1-based first and last row shown (0 and 0 when none), of `total`. */
  from: number;
  to: number;
  total: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  /** Names of the count and the buttons for the browser tests. */
  testIds?: { info?: string; previous?: string; next?: string };
  /** What the total counts, shown as the count's tooltip. */
  totalTitle?: string;
  /** A page-size choice after the buttons, when the table offers one. */
  pageSize?: { label: string; value: number; options: readonly number[]; onChange: (size: number) => void };
}

/** Which rows are shown of how many, previous and next page buttons, and optionally the page size. */
export function TablePager({ from, to, total, canPrevious, canNext, onPrevious, onNext, testIds = {}, totalTitle, pageSize }: TablePagerProps) {
  const { t } = useI18n();
  return (
    <div className="pager">
      <span data-testid={testIds.info} title={totalTitle}>
        {t('pageInfo', { from, to, total })}
      </span>
      <button type="button" disabled={!canPrevious} onClick={onPrevious} data-testid={testIds.previous}>
        {t('pagePrevious')}
      </button>
      <button type="button" disabled={!canNext} onClick={onNext} data-testid={testIds.next}>
        {t('pageNext')}
      </button>
      {pageSize && (
        <label>
          {pageSize.label}
          <select value={pageSize.value} onChange={(e) => pageSize.onChange(Number(e.target.value))}>
            {pageSize.options.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}

/** The 1-based first and last row of page `pageIndex` (0-based) of `pageSize` rows, of `total`; 0 and 0 when empty. */
export function pageBounds(total: number, pageIndex: number, pageSize: number): { from: number; to: number } {
  return { from: total === 0 ? 0 : pageIndex * pageSize + 1, to: Math.min(total, (pageIndex + 1) * pageSize) };
}
