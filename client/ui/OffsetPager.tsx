import { pageRange } from './page-range';
import { TablePager } from './TablePager';

/** Which rows are shown of how many, with previous and next page buttons. */
export function OffsetPager({ total, offset, limit, onOffset, totalTitle }: {
  total: number;
  offset: number;
  limit: number;
  onOffset: (offset: number) => void;
  /** What the total counts (a measure's glossary words), shown as the count's tooltip. */
  totalTitle?: string;
}) {
  const r = pageRange(total, offset, limit);
  return (
    <TablePager
      from={r.from}
      to={r.to}
      total={total}
      canPrevious={r.hasPrevious}
      canNext={r.hasNext}
      onPrevious={() => onOffset(Math.max(0, offset - limit))}
      onNext={() => onOffset(offset + limit)}
      testIds={{ info: 'page-info', previous: 'page-previous', next: 'page-next' }}
      totalTitle={totalTitle}
    />
  );
}
