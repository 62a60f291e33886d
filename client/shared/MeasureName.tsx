import { useId, useState, type CSSProperties, type FocusEvent, type MouseEvent, type ReactNode } from 'react';
import { describeMeasure, glossary, type MeasureKey } from '../../core/measures/glossary';
import { useI18n } from '../i18n/I18nProvider';

/** The words of a measure in the interface's language: the glossary's, which the README's glossary also shows. */
export function useMeasureWords() {
  const { language } = useI18n();
  return {
    nameOf: (measure: MeasureKey) => glossary[measure][language].name,
    titleOf: (measure: MeasureKey) => describeMeasure(measure, language),
  };
}

/** Tooltip height (px) below which it opens above its ⓘ near the window's bottom. */
const roomBelowPx = 160;

/** Where the tooltip of an element goes: under it, or above it when the window's bottom is near (viewport px). */
function placeTip(el: Element): CSSProperties {
  const r = el.getBoundingClientRect();
  // Fixed, so that a scrolling panel or table (overflow: auto) does not clip it; kept inside the window's width.
  const left = `max(8px, min(${Math.round(r.left)}px, calc(100vw - 22em - 28px)))`;
  return r.bottom + roomBelowPx > window.innerHeight
    ? { left, bottom: Math.round(window.innerHeight - r.top + 4) }
    : { left, top: Math.round(r.bottom + 4) };
}

/**
 * A small ⓘ whose tooltip says what each of `measures` counts and over which period (core/measures/glossary.ts), a
 * line a measure; `children` (a figure's name) show it too when pointed at.
 */
export function MeasureInfo({ measures, children }: { measures: readonly MeasureKey[]; children?: ReactNode }) {
  const { nameOf, titleOf } = useMeasureWords();
  const tipId = useId();
  const [place, setPlace] = useState<CSSProperties | null>(null);
  // Drawn by us on hover and on focus rather than a title attribute: a title waits a second, never shows to the
  // keyboard and cannot be seen in a screenshot (issue 12, item 1).
  const show = (e: MouseEvent<HTMLElement> | FocusEvent<HTMLElement>) => setPlace(placeTip(e.currentTarget));
  const hide = () => setPlace(null);
  return (
    <span className="measure-name" data-measure={measures.join(' ')} onMouseEnter={show} onMouseLeave={hide}>
      {children}
      {/* A click on the ⓘ only explains: in a sortable column's header it does not sort. */}
      <span className="measure-info" tabIndex={0} role="button" aria-describedby={tipId} aria-label={measures.map(nameOf).join(' · ')} onFocus={show} onBlur={hide} onClick={(e) => e.stopPropagation()}>
        ⓘ
      </span>
      <span className="measure-tip" role="tooltip" id={tipId} hidden={place === null} style={place ?? undefined}>
        {measures.map((m) => (
          <span key={m} className="measure-tip-line">{titleOf(m)}</span>
        ))}
      </span>
    </span>
  );
}

/**
 * A measure's name with its ⓘ (MeasureInfo). `label` replaces the name where a view words it with a figure
 * (e.g. "实有人口 1,067").
 */
export function MeasureName({ measure, label }: { measure: MeasureKey; label?: string }) {
  const { nameOf } = useMeasureWords();
  return <MeasureInfo measures={[measure]}>{label ?? nameOf(measure)}</MeasureInfo>;
}
