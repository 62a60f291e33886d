import { freshnessOf, staleNotice } from './freshness';
import { useNow } from './use-freshness';
import type { WallText } from './wall-messages';

/**
 * Over the dimmed wall while the server does not answer: how long, and the time of the figures still on screen, in
 * type read across the room (the header's small amber label alone was missed). Nothing while the figures are fresh.
 */
export function StaleNotice({ lastHeardMs, t }: { lastHeardMs: () => number | null; t: WallText }) {
  const now = useNow();
  const words = staleNotice(freshnessOf(lastHeardMs(), now), t);
  if (words === null) return null;
  return (
    <div className="wall-stale-notice" data-testid="wall-stale-notice" role="status">
      {words}
    </div>
  );
}
