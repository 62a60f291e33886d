import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages';
import { noAccessReason } from './no-access-reason';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');

describe('noAccessReason', () => {
  it('names the page by its navigation label, not its address', () => {
    expect(noAccessReason('grid_leader', '/patrol', undefined, zh)).toBe('您的角色“网格长”无权打开“巡防路线”页面。');
    expect(noAccessReason('viewer', '/admin/audit/', undefined, zh)).toBe('您的角色“只读用户”无权打开“审计”页面。');
    expect(noAccessReason('grid_leader', '/patrol', undefined, en)).not.toContain('/patrol');
  });

  it('puts the server’s reason first when it gave one, without blaming the role', () => {
    const detail = '梧桐梁社区第2网格不在您的辖区（梧桐梁社区第1网格）内，无权查看';
    expect(noAccessReason('grid_leader', '/grids/511703001001002', detail, zh)).toBe(`${detail}。`);
  });
});
