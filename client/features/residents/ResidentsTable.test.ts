import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Resident } from '../../../core/contracts/residents';
import { I18nProvider } from '../../i18n/I18nProvider';
import { ResidentsTable, type ResidentsTableProps } from './ResidentsTable';

const row: Resident = {
  id: 'R000123', name: '张*', idNumber: '5117**********1234', phone: '138****5678', houseNumber: '3单元****', buildingCode: 'C0001-B01',
  buildingName: '桂花雅居1栋', gridCode: '511703001001001', gridName: '梧桐梁社区第1网格', kind: 'floating', movedInOn: '2024-05-01', masked: true,
};
const inChinese = (children: ReturnType<typeof createElement>) => renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children }));

function table(access: Pick<ResidentsTableProps, 'mayUnmask' | 'mayChange'>): string {
  return inChinese(createElement(ResidentsTable, { rows: [row, { ...row, id: 'R000124' }], onUnmask: () => {}, onChangeResident: () => {}, busy: false, ...access }));
}
const count = (html: string, s: string) => html.split(s).length - 1;

describe('the residents table’s actions', () => {
  it('offers 变更 on every row to a role that keeps the records', () => {
    const html = table({ mayUnmask: true, mayChange: true });
    expect(count(html, 'data-testid="resident-change-button"')).toBe(2);
    expect(html).toContain('>变更</button>');
    expect(count(html, 'data-testid="unmask-button"')).toBe(2);
  });

  it('offers no 变更 to a role that may not write, and no actions column when nothing is allowed', () => {
    const unmaskOnly = table({ mayUnmask: true, mayChange: false });
    expect(unmaskOnly).not.toContain('resident-change-button');
    expect(unmaskOnly).toContain('<th>操作</th>');
    const changeOnly = table({ mayUnmask: false, mayChange: true });
    expect(changeOnly).not.toContain('unmask-button');
    expect(count(changeOnly, 'data-testid="resident-change-button"')).toBe(2);
    expect(table({ mayUnmask: false, mayChange: false })).not.toContain('<th>操作</th>');
  });
});
