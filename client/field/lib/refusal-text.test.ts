import { describe, expect, it } from 'vitest';
import { refusalText } from './refusal-text';

describe('refusalText', () => {
  it('is the server’s message once, not followed by its issues, which repeat it', () => {
    const body = {
      error: 'qr_invalid',
      message: '二维码：不是本系统打印的必到点二维码，或内容已被改动，无法签到',
      issues: [{ field: 'qrPayload', message: '不是本系统打印的必到点二维码，或内容已被改动，无法签到' }],
    };
    expect(refusalText(body)).toBe('二维码：不是本系统打印的必到点二维码，或内容已被改动，无法签到');
  });

  it('falls back to the issues, then to nothing', () => {
    expect(refusalText({ issues: [{ field: 'note', message: '必填' }, { field: 'note', message: '最多 500 个字符' }] })).toBe('必填；最多 500 个字符');
    expect(refusalText({ message: '  ' })).toBeUndefined();
    expect(refusalText({})).toBeUndefined();
  });
});
