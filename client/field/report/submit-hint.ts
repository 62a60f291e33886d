import type { MessageKey } from '../../i18n/zh-CN';

/**
 * Why 提交上报 cannot be pressed yet, or null when it can: a disabled button without a word left people tapping it
 * (QA). The description comes first, since a report is read by it; then a recording still running.
 */
export function reportSubmitHint({ text, recording }: { text: string; recording: boolean }): MessageKey | null {
  if (!text.trim()) return 'fieldReportNeedsText';
  if (recording) return 'fieldReportNeedsVoiceStopped';
  return null;
}
