import { freshnessLabel, freshnessOf } from './freshness';
import type { LiveState } from './live-connection';
import { useNow } from './use-freshness';
import type { WallLanguage, WallText } from './wall-messages';

// Beijing time whatever the language; the weekday in the wall's language ("周三" or "Wed").
const clockFormats: Record<WallLanguage, Intl.DateTimeFormat> = {
  'zh-CN': new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', weekday: 'short', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
  }),
};

/**
 * Title, Beijing time, the demo-data badge, when the figures were last updated (marked stale after freshness.ts's
 * threshold, e.g. while the server is down) and the live connection's state. `lastHeardMs` is read on every tick.
 */
export function WallHeader({ t, language, demo, connection, lastHeardMs }: {
  t: WallText;
  language: WallLanguage;
  demo: boolean;
  connection: LiveState;
  lastHeardMs: () => number | null;
}) {
  const now = useNow();
  const freshness = freshnessOf(lastHeardMs(), now);
  return (
    <header className="wall-header">
      <h1 className="wall-title" data-testid="wall-title">{t('title')}</h1>
      {demo && <span className="wall-demo-badge" data-testid="wall-demo-badge">{t('demo')}</span>}
      <span className="wall-header-spacer" />
      <span className={`wall-freshness wall-freshness-${freshness.kind}`} data-testid="wall-freshness" data-state={freshness.kind}>
        {freshnessLabel(freshness, t)}
      </span>
      <span className="wall-clock" data-testid="wall-clock">{clockFormats[language].format(now)}</span>
      <span className={`wall-connection wall-connection-${connection}`} data-testid="wall-connection" data-state={connection}>
        <i />{connection === 'live' ? t('live') : t('reconnecting')}
      </span>
    </header>
  );
}
