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
 * A measure's name with a small ⓘ whose tooltip says what it counts and over which period (core/measures/glossary.ts).
 * `label` replaces the name where a view words it with a figure (e.g. "实有人口 1,067").
 */
export function MeasureName({ measure, label }: { measure: MeasureKey; label?: string }) {
  const { nameOf, titleOf } = useMeasureWords();
  const title = titleOf(measure);
  return (
    <span className="measure-name" title={title} data-measure={measure}>
      {label ?? nameOf(measure)}
      <span className="measure-info" aria-label={title}>
        ⓘ
      </span>
    </span>
  );
}
