import { describe, expect, it } from 'vitest';
import { reportSubmitHint } from './submit-hint';

describe('reportSubmitHint', () => {
  it('asks for the description while it is empty or only spaces', () => {
    expect(reportSubmitHint({ text: '', recording: false })).toBe('fieldReportNeedsText');
    expect(reportSubmitHint({ text: '  \n', recording: true })).toBe('fieldReportNeedsText');
  });

  it('asks to stop a recording still running, and says nothing once the report can be sent', () => {
    expect(reportSubmitHint({ text: '楼道堆物', recording: true })).toBe('fieldReportNeedsVoiceStopped');
    expect(reportSubmitHint({ text: '楼道堆物', recording: false })).toBeNull();
  });
});
