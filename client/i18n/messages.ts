import { en } from './en';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export type Language = 'zh-CN' | 'en';
export const languages: readonly Language[] = ['zh-CN', 'en'];

const catalogues: Record<Language, Messages> = { 'zh-CN': zhCN, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator for one language: looks the key up and fills {name} placeholders (numbers in the language's format). */
export function createTranslator(language: Language): Translate {
  const messages = catalogues[language];
  const numberFormat = new Intl.NumberFormat(language);
  return (key, params) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numberFormat.format(value) : value;
    });
}
