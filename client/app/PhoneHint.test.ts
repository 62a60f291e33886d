import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../core/contracts/auth';
import { I18nProvider } from '../i18n/I18nProvider';
import { PhoneHint } from './PhoneHint';

const render = (role: Role) => renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: 'zh-CN', children: createElement(PhoneHint, { role }) }));

describe('the phone hint', () => {
  it('points a grid worker to the field app', () => {
    const html = render('grid_worker');
    expect(html).toContain('手机上请使用外勤版');
    expect(html).toContain('href="/m/"');
  });

  // The desktop views stack into one column on a phone now: telling a planner to find a computer was no longer true.
  it('says nothing to a role the field app does not serve', () => {
    expect(render('planner')).toBe('');
    expect(render('viewer')).toBe('');
  });
});
