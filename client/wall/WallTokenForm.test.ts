import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/messages';
import { wallText, type WallLanguage } from './wall-messages';
import { WallAccessLost } from './WallAccessLost';
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

  it('offers a person without a token the way back to the password login, beside the token box', () => {
    const html = render('zh-CN');
    expect(html).toContain('<a class="wall-account-sign-in" href="/?next=%2Fwall" data-testid="wall-account-sign-in">用账号重新登录</a>');
    expect(html).toContain('data-testid="wall-token-input"');
    expect(render('en')).toContain('Sign in again with your account');
  });

  it('offers the password login under a kiosk’s lost-session notice when the session was a person’s, not a token’s', () => {
    const lost = (offerAccount: boolean) => renderToStaticMarkup(createElement(WallAccessLost, { message: '登录已失效，请重新登录', t: wallText('zh-CN'), offerAccount }));
    expect(lost(true)).toContain('href="/?next=%2Fwall" data-testid="wall-account-sign-in">用账号重新登录</a>');
    expect(lost(false)).not.toContain('wall-account-sign-in');
  });

  it('gives a refused scoped user the server’s reason, without the hint', () => {
    const html = render('zh-CN', '您的辖区不是全区，无权查看指挥大屏');
    expect(html).toContain('无权查看指挥大屏');
    expect(html).not.toContain('data-testid="wall-token-hint"');
  });
});
