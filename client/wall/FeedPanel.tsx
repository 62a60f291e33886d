import type { FeedItem } from './feed';
import type { CategoryNames } from './IncidentsPanel';
import { Panel } from './Panel';
import type { WallLanguage, WallText } from './wall-messages';

const timeFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** New incidents, newest on top: time, category, grid and the incident's number. */
export function FeedPanel({ items, freshIds, names, language, t }: {
  items: FeedItem[];
  freshIds: Set<number>;
  names: CategoryNames;
  language: WallLanguage;
  t: WallText;
}) {
  return (
    <Panel title={t('feed')} testId="wall-panel-feed" className="wall-panel-feed">
      {items.length === 0 && <div className="wall-muted">{t('feedEmpty')}</div>}
      <ol className="wall-feed">
        {items.map((item) => (
          <li key={item.id} data-testid={`wall-feed-item-${item.id}`} className={freshIds.has(item.id) ? 'wall-feed-item wall-feed-fresh' : 'wall-feed-item'}>
            <span className="wall-feed-time">{timeFormat.format(Date.parse(item.occurredAt))}</span>
            <span className="wall-feed-category">{(language === 'en' ? names.get(item.categoryCode)?.en : names.get(item.categoryCode)?.zh) ?? item.categoryCode}</span>
            <span className="wall-feed-grid">{item.gridCode ?? ''}</span>
            <span className="wall-feed-id">#{item.id}</span>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
