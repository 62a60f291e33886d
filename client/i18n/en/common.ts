import type { common as zh } from '../zh-CN/common';

/** Interface strings in English: the title, the demo badge, the language switch, loading and retrying. The type asks for exactly the Chinese keys. */
export const common: Record<keyof typeof zh, string> = {
  appTitle: 'Jingwang · Dachuan District police-grid situation map',
  appTitleShort: 'Jingwang',
  appSubtitle: 'Dachuan District police-grid situation map',
  demoBadge: 'Demo data',
  demoBadgeTitle: 'The database holds generated demo data; it describes no real person or incident',
  languageSwitch: '中文',
  languageSwitchTitle: 'Switch the interface to Chinese',
  loading: 'Loading…',
  loadFailed: 'Could not load the data: {message}',
  fileChoose: 'Choose a file…',
  fileNone: 'No file chosen',
  retry: 'Retry',
};
