import { Suspense, lazy, useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useDismiss } from '../shared/use-dismiss';
import { describeDateTextProblem, formatDateText, readDateText, readDateTimeText } from './date-text';

export interface DateFieldProps {
  /**
   * The form's value: a local day 'YYYY-MM-DD' (with `withTime`, a local date-time 'YYYY-MM-DDTHH:mm'), '' for a blank
   * field, or the text as typed when it could not be read (as onChange gave it).
   */
  value: string;
  /**
   * Each edit's value: read from the text when it can be, '' when blank, else the text as typed, so that the form's
   * own check refuses it rather than taking a half-typed date for "no date" (the field says what to type meanwhile).
   */
  onChange: (value: string) => void;
  /** A date and a 24-hour time instead of a day. */
  withTime?: boolean;
  /** The last day the calendar offers: 'YYYY-MM-DD', or a date-time whose day counts. Typed text is checked by the form. */
  max?: string;
  /** The first day the calendar offers, 'YYYY-MM-DD' (a due date: today). Typed text is checked by the form. */
  min?: string;
  /** The time a day picked in the calendar takes when the field has none yet ('HH:mm', 00:00 unless given). */
  pickedTime?: string;
  /** The field's name for screen readers (its visible label is the form's). */
  label: string;
  testId: string;
}

// The calendar's code (react-day-picker, date-fns) loads on first opening, not with the page.
const DateCalendar = lazy(() => import('./DateCalendar').then((m) => ({ default: m.DateCalendar })));

/**
 * A date (or date and time) field that reads the same in any browser: text written year-month-day and 24-hour
 * ('2026-12-05 14:30'), in the district's time, with a calendar beside it (DateCalendar: react-day-picker, in the
 * interface's language). Not <input type="date">: Chromium draws that in the browser's language, mm/dd/yyyy and
 * AM/PM in an English one, on the PCs the police use. Text that cannot be read gets a message saying what to type,
 * and makes the input invalid (setCustomValidity), so a form that checks validity is not sent with it.
 */
export function DateField({ value, onChange, withTime = false, max, min, pickedTime = '00:00', label, testId }: DateFieldProps) {
  const { t, language } = useI18n();
  const read = withTime ? readDateTimeText : readDateText;
  // The text as typed ('2026-5-1' stays so while the form holds '2026-05-01'); taken anew when the form's value changes.
  const [shown, setShown] = useState(() => ({ value, text: formatDateText(value) }));
  // The message waits until the field is left or its form sent: '2026-1' is not wrong yet, only unfinished.
  const [typing, setTyping] = useState(false);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  const input = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  if (shown.value !== value) setShown({ value, text: formatDateText(value) });
  const text = shown.value === value ? shown.text : formatDateText(value);
  const reading = read(text);
  const problem = reading.ok ? null : describeDateTextProblem(reading, withTime, t);
  useEffect(() => {
    input.current?.setCustomValidity(problem ?? '');
  }, [problem]);
  // A submit attempt shows the message at once: Enter sends the form without leaving the field, and the forms leave
  // unreadable text to the field's own message. A form that validates gets 'invalid' instead (onInvalid below).
  useEffect(() => {
    const form = input.current?.form;
    const showProblem = () => setTyping(false);
    form?.addEventListener('submit', showProblem);
    return () => form?.removeEventListener('submit', showProblem);
  }, []);
  useDismiss(open, close, root);

  function edit(next: string) {
    const r = read(next);
    const nextValue = r.ok ? r.value : next.trim();
    setShown({ value: nextValue, text: next });
    setTyping(true);
    if (nextValue !== value) onChange(nextValue);
  }

  function pick(day: string) {
    const time = reading.ok && reading.value.length === 16 ? reading.value.slice(11) : pickedTime;
    const next = withTime ? `${day}T${time}` : day;
    setShown({ value: next, text: formatDateText(next) });
    if (next !== value) onChange(next);
    setOpen(false);
    input.current?.focus();
  }

  return (
    <span className={withTime ? 'date-field date-time' : 'date-field'} ref={root}>
      <span className="date-field-row">
        <input
          ref={input}
          value={text}
          inputMode="numeric"
          autoComplete="off"
          placeholder={t(withTime ? 'dateTimeFieldExample' : 'dateFieldExample')}
          aria-label={label}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => edit(e.target.value)}
          onInvalid={() => setTyping(false)}
          onBlur={() => {
            setTyping(false);
            // Written back as read ('2026-5-1 9:05' becomes '2026-05-01 09:05'), so the person sees what was understood.
            if (reading.ok) setShown({ value, text: formatDateText(value) });
          }}
          data-testid={testId}
        />
        <button
          ref={button}
          type="button"
          className="date-field-open"
          title={t('dateFieldPick')}
          aria-label={t('dateFieldPickFor', { label })}
          aria-expanded={open}
          onClick={() => setOpen(!open)}
          data-testid={`${testId}-calendar`}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" fill="none" />
          </svg>
        </button>
      </span>
      {problem && !typing && (
        <span className="date-field-issue" role="alert" data-testid={`${testId}-issue`}>
          {problem}
        </span>
      )}
      {open && (
        <div
          className="date-field-calendar"
          role="dialog"
          aria-label={label}
          // Escape closes the calendar (useDismiss) and hands the focus back to its button, not to the page.
          onKeyDown={(e) => e.key === 'Escape' && button.current?.focus()}
          data-testid={`${testId}-popup`}
        >
          <Suspense fallback={<span className="date-field-loading">{t('loading')}</span>}>
            <DateCalendar day={reading.ok ? reading.value.slice(0, 10) : ''} max={max} min={min} language={language} onPick={pick} />
          </Suspense>
        </div>
      )}
    </span>
  );
}
