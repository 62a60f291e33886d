import { useId } from 'react';
import { describeMeasure, glossary, type MeasureKey } from '../../../core/measures/glossary';
import { useI18n } from '../../i18n/I18nProvider';

/** The words of a measure in the interface's language: the glossary's, which the README's glossary also shows. */
export function useMeasureWords() {
  const { language } = useI18n();
  return {
    nameOf: (measure: MeasureKey) => glossary[measure][language].name,
    titleOf: (measure: MeasureKey) => describeMeasure(measure, language),
  };
}

/**
 * A small ⓘ whose tooltip says what each of `measures` counts and over which period (core/measures/glossary.ts), a
 * line a measure: for a line of text that states several figures at once.
 */
export function MeasureInfo({ measures }: { measures: readonly MeasureKey[] }) {
  const { nameOf, titleOf } = useMeasureWords();
  const tipId = useId();
  // Drawn by CSS on hover and on focus rather than a title attribute: a title waits a second, never shows to the
  // keyboard and cannot be seen in a screenshot (issue 12, item 1).
  return (
    <span className="measure-name" data-measure={measures.join(' ')}>
      <span className="measure-info" tabIndex={0} role="button" aria-describedby={tipId} aria-label={measures.map(nameOf).join(' · ')}>
        ⓘ
      </span>
      <span className="measure-tip" role="tooltip" id={tipId}>
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
  return (
    <span className="measure-name" data-measure={measure}>
      {label ?? nameOf(measure)}
      <MeasureInfo measures={[measure]} />
    </span>
  );
}
