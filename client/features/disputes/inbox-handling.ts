import type { FieldReportInboxItem } from '../../../core/contracts/field';

/**
 * The code of the dispute a handled 随手拍 became (MD0386), or null when it became something else or was refused:
 * a new dispute is news for the register beside the inbox, whose list, high-risk list and reminders then ask again
 * (they stayed at 共 10 条 until a reload: QA). Pure.
 */
export function disputeMadeBy(handled: Pick<FieldReportInboxItem, 'handledAs' | 'handledRef'>): string | null {
  return handled.handledAs === 'dispute' && handled.handledRef ? handled.handledRef : null;
}
