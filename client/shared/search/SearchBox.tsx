import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { SearchKind, SearchResult } from '../../../core/contracts/search';
import { useI18n } from '../../i18n/I18nProvider';
import { isSearchable, moveActive, searchKindLabels } from './search-target';
import { useSearch } from './use-search';
import './search.css';

export interface SearchBoxProps {
  onChoose: (result: SearchResult) => void;
  /** The kinds to look for (the API's default when omitted: every place, no people). */
  kinds?: readonly SearchKind[];
  limit?: number;
  /** Overrides the placeholder (the label stays, so tests and screen readers find the box). */
  placeholder?: string;
  className?: string;
  testId?: string;
  /** What else to offer when nothing is found for the text (the map's box: a person's name is searched elsewhere). */
  whenNone?: (q: string) => ReactNode;
}

/**
 * One search box: type part of a name (梧桐, 星河城1栋, a grid's last digits, slp), pick with ↑ ↓ and Enter or the
 * mouse, Esc closes the list (a second Esc clears the box). Asked 250 ms after the last keystroke. The list is an ARIA
 * listbox of options (name, kind, context) so it can be driven by keyboard, screen readers and browser tests.
 */
export function SearchBox({ onChoose, kinds, limit, placeholder, className, testId = 'search-box', whenNone }: SearchBoxProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useSearch(text, { kinds, limit, enabled: open });
  const listId = useId();
  const results = search.results;
  const optionId = (i: number) => `${listId}-option-${i}`;

  const choose = (r: SearchResult) => {
    setText(r.name);
    setOpen(false);
    setActive(-1);
    onChoose(r);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => moveActive(a, results.length, e.key as 'ArrowDown' | 'ArrowUp'));
    } else if (e.key === 'Enter') {
      // Inside a form (the dispute register) Enter chooses, it does not submit.
      e.preventDefault();
      const r = results[active >= 0 ? active : 0];
      if (open && r) choose(r);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (open) setOpen(false);
      else setText('');
      setActive(-1);
    }
  };

  const showList = open && isSearchable(text);
  return (
    <div className={['search-box', className].filter(Boolean).join(' ')} data-testid={testId} data-status={search.status}>
      <input
        type="search"
        role="combobox"
        aria-label={t('searchLabel')}
        aria-autocomplete="list"
        aria-expanded={showList && results.length > 0}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
        placeholder={placeholder ?? t('searchPlaceholder')}
        value={text}
        maxLength={50}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        data-testid={`${testId}-input`}
      />
      {showList && (
        <div className="search-box-popup">
          <ul role="listbox" id={listId} aria-label={t('searchResults')} className="search-box-list">
            {results.map((r, i) => (
              <li
                key={`${r.kind}:${r.id}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // mousedown, not click: the input keeps its focus (its blur would close the list first).
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(r);
                }}
                onMouseEnter={() => setActive(i)}
                data-kind={r.kind}
                data-id={r.id}
                data-testid={`${testId}-option`}
              >
                <span className="search-box-name">{r.name}</span>
                <span className="search-box-kind">{t(searchKindLabels[r.kind])}</span>
                <span className="search-box-context">{r.context}</span>
              </li>
            ))}
          </ul>
          {results.length === 0 && (
            <p className="search-box-note" role="status" data-testid={`${testId}-note`}>
              {search.status === 'error'
                ? t('searchFailed', { message: search.error?.message ?? '' })
                : search.status === 'ready' && search.q === text.trim()
                  ? (search.note ?? t('searchNone', { q: text.trim() }))
                  : t('searchSearching')}
            </p>
          )}
          {results.length === 0 && whenNone && search.status === 'ready' && !search.note && search.q === text.trim() && whenNone(search.q)}
        </div>
      )}
    </div>
  );
}
