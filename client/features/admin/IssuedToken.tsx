import { useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * A newly issued token (wall or API), shown this once (the server keeps only its hash) with a copy button and a hint
 * saying where it is used. On an intranet served over plain http the Clipboard API is missing: the token is then selected for Ctrl+C.
 */
export function IssuedToken({ name, token, hint, onDone }: { name: string; token: string; hint: string; onDone: () => void }) {
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'manual'>('no');

  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied('yes');
    } catch {
      inputRef.current?.select();
      setCopied('manual');
    }
  }

  return (
    <div className="issued-token" role="status" data-testid="issued-token">
      <p>{t('wallTokenIssued', { name })}</p>
      <div className="token-line">
        <input ref={inputRef} readOnly value={token} onFocus={(e) => e.target.select()} className="mono" data-testid="issued-token-value" />
        <button type="button" onClick={copy}>
          {copied === 'yes' ? t('wallTokenCopied') : t('wallTokenCopy')}
        </button>
      </div>
      {copied === 'manual' && <p className="view-note">{t('wallTokenCopyManual')}</p>}
      <p className="view-note">{hint}</p>
      <button type="button" onClick={onDone} data-testid="issued-token-done">
        {t('wallTokenDone')}
      </button>
    </div>
  );
}
