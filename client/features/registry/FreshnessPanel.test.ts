import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Me } from '../../../core/contracts/auth';
import { I18nProvider } from '../../i18n/I18nProvider';
import type { Language } from '../../i18n/messages';
import { FreshnessPanel } from './FreshnessPanel';

// The top of the freshness list says what it lists: 全部网格 was shown to a grid leader who sees one grid.
const render = (user: Pick<Me, 'scope' | 'jurisdiction'>, language: Language = 'zh-CN') =>
  renderToStaticMarkup(createElement(I18nProvider, { initialLanguage: language, children: createElement(FreshnessPanel, { mayWrite: false, user }) }));
const crumb = (html: string) => html.match(/<button[^>]*data-testid="registry-crumb-grids"[^>]*>([^<]*)<\/button>/)?.[1];
const crumbTitle = (html: string) => html.match(/<button[^>]*title="([^"]*)"[^>]*data-testid="registry-crumb-grids"/)?.[1];

describe('the freshness list’s top crumb', () => {
  it('reads 本网格 to a grid leader, with the grid named in its tooltip', () => {
    const html = render({ scope: { kind: 'grids', codes: ['511703001001001'] }, jurisdiction: { level: 'grid', names: ['梧桐梁社区第1网格'] } });
    expect(crumb(html)).toBe('本网格');
    expect(crumbTitle(html)).toBe('网格 梧桐梁社区第1网格');
  });

  it('names a beat’s and a station’s grids as theirs, and 全部网格 only for the whole district', () => {
    expect(crumb(render({ scope: { kind: 'beat', codes: ['B1'] }, jurisdiction: { level: 'beat', names: ['三里坪派出所第1警格'] } }))).toBe('本警格网格');
    expect(crumb(render({ scope: { kind: 'station', codes: ['S1'] }, jurisdiction: { level: 'station', names: ['三里坪派出所'] } }))).toBe('本所辖区网格');
    expect(crumb(render({ scope: { kind: 'district', codes: [] }, jurisdiction: { level: 'district', names: [] } }))).toBe('全部网格');
  });

  it('speaks English in English', () => {
    expect(crumb(render({ scope: { kind: 'grids', codes: ['G1'] }, jurisdiction: { level: 'grid', names: ['G'] } }, 'en'))).toBe('Your grid');
  });
});
