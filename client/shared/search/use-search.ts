import { useEffect, useState } from 'react';
import type { SearchKind, SearchResult } from '../../../core/contracts/search';
import { searchByName } from '../../api/search-endpoints';
import { isSearchable } from './search-target';

export interface SearchState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  /** What the results are for (the trimmed text they answered). */
  q: string;
  results: SearchResult[];
  /** The server's word when nothing was found within a jurisdiction (which places of that name lie outside it). */
  note?: string;
  error?: Error;
}

const idle: SearchState = { status: 'idle', q: '', results: [] };

/**
 * Results for what is being typed: asked `delayMs` after the last keystroke (not on every one), an older request
 * aborted when a newer one starts; text that is blank, over 50 characters or holds control characters is not sent.
 */
export function useSearch(text: string, options: { kinds?: readonly SearchKind[]; limit?: number; delayMs?: number; enabled?: boolean } = {}): SearchState {
  const { kinds, limit = 8, delayMs = 250, enabled = true } = options;
  const [state, setState] = useState<SearchState>(idle);
  const q = text.trim();
  const kindsKey = kinds?.join(',') ?? '';
  useEffect(() => {
    if (!enabled || !isSearchable(text)) {
      setState(idle);
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, status: 'loading' }));
    const timer = setTimeout(() => {
      searchByName(q, { kinds, limit }, controller.signal).then(
        (answer) => setState({ status: 'ready', q, results: answer.results, note: answer.note }),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ status: 'error', q, results: [], error: error instanceof Error ? error : new Error(String(error)) });
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- kinds is compared by its text: a new array of the same kinds asks nothing again.
  }, [q, kindsKey, limit, delayMs, enabled]);
  return state;
}
