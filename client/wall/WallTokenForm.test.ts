import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages';
import { wallText, type WallLanguage } from './wall-messages';
import { WallTokenForm } from './WallTokenForm';

const render = (language: WallLanguage, refused: string | null = null) =>
  renderToStaticMarkup(createElement(WallTokenForm, {
    t: wallText(language), showTitle: true, token: '', onToken: () => {}, onSubmit: () => {}, failed: false, refused,
  }));

describe('the wall’s token box', () => {
  it('says where a token comes from, in the admin menu’s words, and how a display signs in', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const menu = createTranslator(language); // the words the admin menu shows, so a renamed menu fails here
      const html = render(language);
      expect(html, language).toContain(`${menu('navSystem')} → ${menu('navWallTokens')}`);
      expect(html, language).toContain('/wall?token=…');
    }
  });

  it('gives a refused scoped user the server’s reason, without the hint', () => {
    const html = render('zh-CN', '您的辖区不是全区，无权查看指挥大屏');
    expect(html).toContain('无权查看指挥大屏');
    expect(html).not.toContain('data-testid="wall-token-hint"');
  });
});
