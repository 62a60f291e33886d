import { useLayoutEffect, useRef, useState } from 'react';
import { wholeRowsFitting, type FeedItem } from './feed';
import type { FeedPlace } from './feed-place';
import { categoryNameOf, type CategoryNames } from './category-name';
import { Panel } from './Panel';
import type { WallLanguage, WallText } from './wall-messages';

const timeFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** Height of one feed row (two lines), stage px: the list shows as many whole rows as its box holds. */
const feedRowHeightPx = 62;

/** How many whole rows the list's box holds, kept up to date as the stage is laid out. */
function useWholeRows() {
  const listRef = useRef<HTMLOListElement>(null);
  const [rows, setRows] = useState<number | null>(null);
  useLayoutEffect(() => {
    const list = listRef.current!;
    // clientHeight is in stage px: the stage's CSS scale does not change it, so neither does a 4K screen.
    const measure = () => setRows(wholeRowsFitting(list.clientHeight, feedRowHeightPx));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    return () => observer.disconnect();
  }, []);
  return { listRef, rows };
}

/** New incidents, newest on top: time, category and number; under them the street and the grid by name. */
export function FeedPanel({ items, freshIds, names, placeOf, language, t }: {
  items: FeedItem[];
  freshIds: Set<number>;
  names: CategoryNames;
  placeOf: (item: FeedItem) => FeedPlace;
  language: WallLanguage;
  t: WallText;
}) {
  const { listRef, rows } = useWholeRows();
  return (
    <Panel title={t('feed')} testId="wall-panel-feed" className="wall-panel-feed">
      {items.length === 0 && <div className="wall-muted">{t('feedEmpty')}</div>}
      <ol className="wall-feed" ref={listRef} data-testid="wall-feed">
        {items.map((item, k) => {
          const { street, place } = placeOf(item);
          return (
            <li
              key={item.id}
              data-testid={`wall-feed-item-${item.id}`}
              className={freshIds.has(item.id) ? 'wall-feed-item wall-feed-fresh' : 'wall-feed-item'}
              style={{ height: feedRowHeightPx }}
              // Rows past the box stay in the list, hidden: the next arrival moves one up into view.
              hidden={rows !== null && k >= rows}
            >
              <span className="wall-feed-time">{timeFormat.format(Date.parse(item.occurredAt))}</span>
              {/* Until the names load, the row goes without its category rather than show a code. */}
              <span className="wall-feed-category">{categoryNameOf(names, item.categoryCode, language) ?? ''}</span>
              <span className="wall-feed-id">#{item.id}</span>
              <span className="wall-feed-place" data-testid="wall-feed-place">
                {street && <span className="wall-feed-street">{street}</span>}
                {place}
              </span>
            </li>
          );
        })}
      </ol>
    </Panel>
  );
}
