import { useCallback, useState } from 'react';
import { getDisputeMap, getDisputeReminders, listDisputes } from '../../api/disputes-endpoints';
import { useResource } from '../../api/use-resource';
import { emptyDisputeFilter, toDisputeQuery, type DisputeFilter, type DisputeSort } from './dispute-query';

/** The dispute a link asked the page to open (/disputes?code=MD0001), if any. */
function codeFromLocation(): string | null {
  const code = new URLSearchParams(window.location.search).get('code');
  return code && /^MD\d{4,9}$/.test(code) ? code : null;
}

/** The filter a link asked for (/disputes?grid=… from a grid's page). */
function filterFromLocation(): DisputeFilter {
  const grid = new URLSearchParams(window.location.search).get('grid');
  return grid && /^[0-9A-Za-z_-]{1,40}$/.test(grid) ? { ...emptyDisputeFilter, grid } : emptyDisputeFilter;
}

/**
 * The disputes page's state: the filter being typed and the one applied, the server's order and page, the dispute
 * open in the drawer, and the lists that a change (a registration, a move) reloads.
 */
export function useDisputesView() {
  const [draft, setDraft] = useState<DisputeFilter>(filterFromLocation);
  const [filter, setFilter] = useState<DisputeFilter>(draft);
  const [sort, setSort] = useState<DisputeSort>('registered');
  const [pagination, setPagination] = useState({ pageIndex: 0, pageSize: 20 });
  const [selected, setSelected] = useState<string | null>(codeFromLocation);
  const [registering, setRegistering] = useState(false);
  // Bumped after a change, so the list, the high-risk list and the reminders ask again.
  const [version, setVersion] = useState(0);

  const query = toDisputeQuery(filter, sort, pagination.pageIndex, pagination.pageSize);
  const [page] = useResource((signal) => listDisputes(query, signal), [JSON.stringify(query), version]);
  const [highRisk] = useResource((signal) => getDisputeMap({ risk: 'high' }, signal), [version]);
  const [reminders] = useResource((signal) => getDisputeReminders(signal), [version]);

  const apply = useCallback((next: DisputeFilter) => {
    setFilter(next);
    setPagination((p) => ({ ...p, pageIndex: 0 }));
    setVersion((v) => v + 1); // searching again with the same filter asks again
  }, []);
  const changed = useCallback(() => setVersion((v) => v + 1), []);

  return {
    draft,
    setDraft,
    apply: () => apply(draft),
    reset: () => {
      setDraft(emptyDisputeFilter);
      apply(emptyDisputeFilter);
    },
    showHighRisk: () => {
      const next = { ...emptyDisputeFilter, risk: 'high' as const };
      setDraft(next);
      setSort('risk');
      apply(next);
    },
    sort,
    setSort: (s: DisputeSort) => {
      setSort(s);
      setPagination((p) => ({ ...p, pageIndex: 0 }));
    },
    pagination,
    setPagination,
    page,
    highRisk,
    reminders,
    selected,
    setSelected,
    registering,
    setRegistering,
    changed,
  };
}

export type DisputesViewState = ReturnType<typeof useDisputesView>;
