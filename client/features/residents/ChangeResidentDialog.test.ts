import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Resident } from '../../../core/contracts/residents';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ChangeResidentDialog } from './ChangeResidentDialog';

const row: Resident = {
  id: 'R000123', name: '张*', idNumber: '5117**********1234', phone: '138****5678', houseNumber: '3单元****', buildingCode: 'C0001-B01',
  buildingName: '桂花雅居1栋', gridCode: '511703001001001', gridName: '梧桐梁社区第1网格', kind: 'floating', movedInOn: '2024-05-01', masked: true,
};

describe('the 变更 dialog', () => {
  const dialog = createElement(ChangeResidentDialog, { resident: row, onSaved: () => {}, onClose: () => {} });
  const html = renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: dialog }));

  it('labels its fields in Chinese: 姓名, 身份证号, 电话, 门牌, 类别, 迁出日期', () => {
    expect(html).toContain('变更居民信息 · R000123');
    for (const label of ['姓名', '身份证号', '电话', '门牌', '类别', '迁出日期']) expect(html).toContain(label);
  });

  it('starts masked fields empty, showing what the list shows only as a placeholder, and the kind as it is', () => {
    for (const field of ['name', 'idNumber', 'phone', 'houseNumber']) expect(html).toContain(`data-testid="resident-change-${field}" value=""/>`);
    expect(html).toContain('placeholder="现为 5117**********1234"');
    expect(html).toContain('placeholder="现为 张*"');
    expect(html).toMatch(/<option value="floating" selected="">流动人口<\/option>/);
    expect(html).toContain('data-testid="resident-change-moved-out"');
  });
});
