import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createTranslator, type Language, type Translate } from './messages';
import { setRequestLanguage } from '../api/client';
import { readStoredLanguage, storeLanguage } from './stored-language';
import { createDateTimeFormatter } from './format-date-time';

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
  formatNumber: (n: number) => string;
  /** A moment (ms since epoch, or a date-time string the server sent) as a local date and time to the minute; text as given otherwise. */
  formatDateTime: (at: number | string) => string;
}

const I18nContext = createContext<I18n | null>(null);

/**
 * Holds the interface language and gives components a translator. It starts in `initialLanguage` when given, else in
 * the language this browser last chose (Chinese at first); a switch is remembered for the next load.
 */
export function I18nProvider({ children, initialLanguage }: { children: ReactNode; initialLanguage?: Language }) {
  const [language, setCurrent] = useState<Language>(() => initialLanguage ?? readStoredLanguage());
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setCurrent(next);
  }, []);
  // Set while rendering, not in an effect: the requests of this render's children already ask in this language.
  setRequestLanguage(language);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const value = useMemo<I18n>(() => {
    const numberFormat = new Intl.NumberFormat(language);
    return { language, setLanguage, t: createTranslator(language), formatNumber: (n) => numberFormat.format(n), formatDateTime: createDateTimeFormatter(language) };
  }, [language, setLanguage]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The interface language where a component may also render outside the provider (the map, which the wall mounts too). */
export function useOptionalLanguage(): Language | null {
  return useContext(I18nContext)?.language ?? null;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside <I18nProvider>');
  return i18n;
}
