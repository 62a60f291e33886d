import { DayPicker } from 'react-day-picker';
import { zhCN } from 'react-day-picker/locale/zh-CN';
import 'react-day-picker/style.css';
import { localDateKey } from '../../core/time';
import type { Language } from '../i18n/messages';

export interface DateCalendarProps {
  /** The day shown as chosen, 'YYYY-MM-DD', or '' for none. */
  day: string;
  /** The last day offered, 'YYYY-MM-DD'; later days are greyed out. */
  max?: string;
  /** The first day offered, 'YYYY-MM-DD'; earlier days are greyed out. */
  min?: string;
  language: Language;
  onPick: (day: string) => void;
}

const pad = (n: number) => String(n).padStart(2, '0');
// DayPicker gets a Date in the browser's zone whose fields are the district's day, and only the fields are read back:
// a browser set to UTC or New York shows and picks the same days, and the same today, as one in Dachuan.
const calendarDate = (day: string) => new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/**
 * The month calendar of DateField (react-day-picker, weeks from Monday and words in Chinese for the Chinese
 * interface). Its own module so that DateField loads it on first opening: most forms are typed into, not clicked.
 */
export function DateCalendar({ day, max, min, language, onPick }: DateCalendarProps) {
  const today = calendarDate(localDateKey(Date.now()));
  const last = max ? calendarDate(max.slice(0, 10)) : undefined;
  const first = min ? calendarDate(min.slice(0, 10)) : undefined;
  const selected = day ? calendarDate(day) : undefined;
  // Shown first: the chosen day's month, else today's, unless no day of it may be chosen.
  const opening = last && last < today ? last : first && first > today ? first : today;
  return (
    <DayPicker
      mode="single"
      required
      locale={language === 'zh-CN' ? zhCN : undefined}
      selected={selected}
      onSelect={(_, date) => onPick(dayOf(date))}
      defaultMonth={selected ?? opening}
      today={today}
      disabled={[...(last ? [{ after: last }] : []), ...(first ? [{ before: first }] : [])]}
      startMonth={first}
      endMonth={last}
      autoFocus
    />
  );
}
