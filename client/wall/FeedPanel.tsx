import { useLayoutEffect, useRef, useState } from 'react';
import { wholeRowsFitting, type FeedItem } from './feed';
import type { FeedPlace } from './feed-place';
import { feedWhen } from './feed-time';
import { categoryNameOf, type CategoryNames } from './category-name';
import { Panel } from './Panel';
import type { WallLanguage, WallText } from './wall-messages';

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

/**
 * New incidents, newest report on top: time, category and 接警单号 (when the call came with one); under them the street
 * and the grid by name. A row of another day than today (`nowMs`) has its date above its time, and one reported on a
 * later day is tagged 补录.
 */
export function FeedPanel({ items, freshIds, names, placeOf, nowMs, language, t }: {
  items: FeedItem[];
  freshIds: Set<number>;
  names: CategoryNames;
  placeOf: (item: FeedItem) => FeedPlace;
  nowMs: number;
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
          const when = feedWhen(item, nowMs, t);
          return (
            <li
              key={item.id}
              data-testid={`wall-feed-item-${item.id}`}
              className={freshIds.has(item.id) ? 'wall-feed-item wall-feed-fresh' : 'wall-feed-item'}
              style={{ height: feedRowHeightPx }}
              // Rows past the box stay in the list, hidden: the next arrival moves one up into view.
              hidden={rows !== null && k >= rows}
            >
              {/* Another day's date first, above its time: what the eye meets scanning the column of times. */}
              {when.date && <span className="wall-feed-date" data-testid="wall-feed-date">{when.date}</span>}
              <span className="wall-feed-time">{when.time}</span>
              {/* Until the names load, the row goes without its category rather than show a code. */}
              <span className="wall-feed-category">
                {when.late && <span className="wall-feed-late" data-testid="wall-feed-late">{t('lateReport')}</span>}
                {categoryNameOf(names, item.categoryCode, language) ?? ''}
              </span>
              {/* The dispatch system's number, which the room can quote; the database's own id means nothing to anyone there. */}
              {item.externalId && <span className="wall-feed-id" data-testid="wall-feed-number">{item.externalId}</span>}
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
