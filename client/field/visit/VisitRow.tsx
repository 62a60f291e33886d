import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import type { VisitTarget } from './visit-target';
import './visit.css';

export interface VisitRowProps {
  testId: string;
  /** The row's key for tests: a task's id or a building's code. */
  rowId: string;
  /** The visit the row opens; null where none can be recorded (the role may not, or the copy predates the building). */
  target: VisitTarget | null;
  /** A visit of this row is still in the queue. */
  waiting: boolean;
  onOpen: (target: VisitTarget) => void;
  children: ReactNode;
}

/**
 * A row of 今日 that opens a 核查走访: one button as wide as the card, tall enough for a thumb; while a visit of it
 * waits in the queue, the row says so and opens no second one.
 */
export function VisitRow({ testId, rowId, target, waiting, onOpen, children }: VisitRowProps) {
  const { t } = useI18n();
  if (!target) {
    return (
      <li data-testid={testId} data-row={rowId}>
        {children}
      </li>
    );
  }
  if (waiting) {
    return (
      <li className="visit-row waiting" data-testid={testId} data-row={rowId} data-state="waiting">
        <span className="visit-row-text">{children}</span>
        <span className="visit-row-mark">{t('fieldTodayVisitWaiting')}</span>
      </li>
    );
  }
  return (
    <li className="visit-row" data-testid={testId} data-row={rowId} data-state="open">
      <button type="button" onClick={() => onOpen(target)} data-testid={`${testId}-open`}>
        <span className="visit-row-text">{children}</span>
        <span className="visit-row-go">{t('fieldTodayRecordVisit')} ›</span>
      </button>
    </li>
  );
}
