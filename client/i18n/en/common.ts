import type { common as zh } from '../zh-CN/common';

/** Interface strings in English: the title, the demo badge, the language switch, loading and retrying, the date fields. The type asks for exactly the Chinese keys. */
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
  dateFieldPick: 'Choose a date',
  dateFieldPickFor: '{label}: choose a date',
  dateFieldExample: 'e.g. 2026-12-05',
  dateTimeFieldExample: 'e.g. 2026-12-05 14:30',
  dateFieldShape: 'Write year-month-day, e.g. 2026-12-05',
  dateTimeFieldShape: 'Write year-month-day hour:minute (24-hour clock), e.g. 2026-12-05 14:30',
  dateFieldMonth: 'There is no month {month}; write year-month-day, e.g. 2026-12-05',
  dateFieldDay: '{year}-{month} has no day {day} (it has {days} days)',
  dateFieldTime: 'Write the time as hour:minute on the 24-hour clock, 00:00–23:59, e.g. 14:30',
};
