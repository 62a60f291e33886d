import { useEffect, useState } from 'react';
import { freshnessOf } from './freshness';

/** The page clock, ticking every second. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/**
 * Whether the wall's figures are stale now (freshness.ts's threshold), checked every second. A boolean, so the whole
 * wall renders again only when it turns stale or fresh, not on every tick.
 */
export function useIsStale(lastHeardMs: () => number | null): boolean {
  const [stale, setStale] = useState(false);
  useEffect(() => {
    const check = () => setStale(freshnessOf(lastHeardMs(), Date.now()).kind === 'stale');
    check();
    const timer = setInterval(check, 1000);
    return () => clearInterval(timer);
  }, [lastHeardMs]);
  return stale;
}
