import {
  Button,
  Field,
  Input,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  tokens,
  type OpenPopoverEvents,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { todayInChina } from '../../../app/ports/clock';
import type { DateOnly } from '../../../core/dates/dateOnly';
import { calendarWeeks, moveInCalendar, type CalendarStep } from '../../../core/dates/monthCalendar';
import { readTypedDate } from '../../../core/dates/typedDate';

const useStyles = makeStyles({
  input: { minWidth: 0, width: '100%' },
  surface: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    // Seven columns that still fit a 320 px pane at 200% zoom (160 CSS pixels).
    width: '16rem',
    maxWidth: 'calc(100vw - 16px)',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalXS },
  title: { minWidth: 0, textAlign: 'center', fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  grid: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  weekday: {
    fontWeight: tokens.fontWeightRegular,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground3,
    paddingBottom: tokens.spacingVerticalXS,
    textAlign: 'center',
  },
  cell: { padding: 0, textAlign: 'center' },
  day: {
    // The focus outline is drawn by a ::after placed against the button.
    position: 'relative',
    width: '100%',
    minWidth: 0,
    minHeight: '2rem',
    padding: 0,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  chosen: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    ':active': { backgroundColor: tokens.colorBrandBackgroundPressed },
    // Forced colours drop backgrounds: the system's own selection colours keep the chosen day visible.
    '@media (forced-colors: active)': { forcedColorAdjust: 'none', backgroundColor: 'Highlight', color: 'HighlightText' },
  },
});

/** 一 … 日: weeks start on Monday, as calendars in China do. */
const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

const yearOfDay = (d: DateOnly) => +d.slice(0, 4);
const monthOfDay = (d: DateOnly) => +d.slice(5, 7);
const dayLabel = (d: DateOnly) => `${yearOfDay(d)}年${monthOfDay(d)}月${+d.slice(8, 10)}日`;

/** What each key does in the calendar (the WAI-ARIA date picker dialog's keys); Shift with PageUp/PageDown moves a year. */
function stepOf(e: KeyboardEvent): CalendarStep | null {
  switch (e.key) {
    case 'ArrowLeft':
      return 'previousDay';
    case 'ArrowRight':
      return 'nextDay';
    case 'ArrowUp':
      return 'previousWeek';
    case 'ArrowDown':
      return 'nextWeek';
    case 'Home':
      return 'weekStart';
    case 'End':
      return 'weekEnd';
    case 'PageUp':
      return e.shiftKey ? 'previousYear' : 'previousMonth';
    case 'PageDown':
      return e.shiftKey ? 'nextYear' : 'nextMonth';
    default:
      return null;
  }
}

export interface DateFieldProps {
  /** The field's label (e.g. 截止日期): also the text box's accessible name. */
  label: string;
  /** What the date is for, under the label. */
  hint?: string;
  /** The text as typed: a date in any form readTypedDate reads (2020-07-01, 2020/7/1, 2020年7月1日), or not (yet) one. */
  value: string;
  /**
   * Each edit, as typed; then, on leaving the box or Enter, the date written YYYY-MM-DD (only when the
   * text is a date written otherwise), and a day picked in the calendar, YYYY-MM-DD.
   */
  onChange: (text: string) => void;
  disabled?: boolean;
}

/**
 * The pane's one date control: a text box that reads dates the Chinese way whatever the browser's
 * locale (an `<input type="date">` shows 07/01/2020 in an English browser, takes four Tab stops and
 * passes half-typed years such as 0002 through), and a 选择日期 button that opens a month calendar.
 * What is not a date yet is said under the field in Chinese (readTypedDate), and the caller, which
 * checks with the same reader, waits.
 */
export function DateField({ label, hint, value, onChange, disabled = false }: DateFieldProps) {
  const styles = useStyles();
  const reading = readTypedDate(value);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // Where the calendar opens when the text is not a date: the last date the field held.
  const lastDate = useRef<DateOnly | null>(null);
  const held = reading.ok ? reading.value : null;
  useEffect(() => {
    if (held !== null) lastDate.current = held;
  }, [held]);

  const normalise = () => {
    if (reading.ok && value !== reading.value) onChange(reading.value);
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };
  const onOpenChange = (e: OpenPopoverEvents, data: { open: boolean }) => {
    if (data.open) setOpen(true);
    // Esc returns to the button; a click elsewhere leaves the focus where it went.
    else close(e.type === 'keydown');
  };

  return (
    <Field
      label={label}
      hint={hint}
      validationState={reading.ok ? 'none' : 'error'}
      validationMessage={reading.ok ? undefined : reading.reason}
    >
      <Input
        className={styles.input}
        value={value}
        disabled={disabled}
        placeholder="如 2020-07-01"
        autoComplete="off"
        onChange={(_, data) => onChange(data.value)}
        onBlur={normalise}
        onKeyDown={(e) => {
          if (e.key === 'Enter') normalise();
        }}
        contentAfter={
          // The calendar focuses its day itself: the popover's own first focus would land on 上个月.
          <Popover open={open} onOpenChange={onOpenChange} positioning="below-end" trapFocus unstable_disableAutoFocus>
            <PopoverTrigger disableButtonEnhancement>
              <Button
                ref={button}
                appearance="transparent"
                size="small"
                icon={<CalendarIcon />}
                aria-label="选择日期"
                aria-haspopup="dialog"
                disabled={disabled}
              />
            </PopoverTrigger>
            <PopoverSurface className={styles.surface} aria-label="选择日期">
              <MonthCalendar
                chosen={held}
                start={held ?? lastDate.current ?? todayInChina()}
                onPick={(date) => {
                  onChange(date);
                  close(true);
                }}
              />
            </PopoverSurface>
          </Popover>
        }
      />
    </Field>
  );
}

interface MonthCalendarProps {
  /** The date in the box, marked; null when the box holds no date. */
  chosen: DateOnly | null;
  /** The day focused when the calendar opens. */
  start: DateOnly;
  onPick: (date: DateOnly) => void;
}

/**
 * A month of days, Monday first, as a grid with one Tab stop (the focused day): arrows move a day
 * or a week, Home/End to Monday/Sunday, PageUp/PageDown a month (with Shift a year), Enter or
 * Space picks, Esc closes (the popover's). 上个月/下个月 move a month and keep their focus.
 */
function MonthCalendar({ chosen, start, onPick }: MonthCalendarProps) {
  const styles = useStyles();
  const [focused, setFocused] = useState(start);
  // Set when the keyboard moved the focused day: the focus follows it into the (re-rendered) grid.
  const follow = useRef(true);
  const days = useRef(new Map<DateOnly, HTMLButtonElement>());
  useEffect(() => {
    if (!follow.current) return;
    follow.current = false;
    days.current.get(focused)?.focus();
  }, [focused]);

  const year = yearOfDay(focused);
  const month = monthOfDay(focused);
  const title = `${year}年${month}月`;
  const move = (step: CalendarStep, followFocus: boolean) => {
    follow.current = followFocus;
    setFocused((d) => moveInCalendar(d, step));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    // Enter picks the focused day here rather than by the button's own click, which would pick twice.
    if (e.key === 'Enter') {
      e.preventDefault();
      onPick(focused);
      return;
    }
    const step = stepOf(e);
    if (step === null) return;
    e.preventDefault();
    move(step, true);
  };

  return (
    <>
      <div className={styles.header}>
        <Button size="small" appearance="subtle" icon={<ChevronIcon back />} aria-label="上个月" onClick={() => move('previousMonth', false)} />
        <span className={styles.title} aria-live="polite">
          {title}
        </span>
        <Button size="small" appearance="subtle" icon={<ChevronIcon />} aria-label="下个月" onClick={() => move('nextMonth', false)} />
      </div>
      <table role="grid" className={styles.grid} aria-label={title} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {WEEKDAYS.map((w) => (
              <th key={w} scope="col" abbr={`星期${w}`} className={styles.weekday}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {calendarWeeks(year, month).map((week) => (
            <tr key={week.find((d) => d !== null)}>
              {week.map((d, i) =>
                d === null ? (
                  <td key={i} className={styles.cell} />
                ) : (
                  <td key={d} className={styles.cell} aria-selected={d === chosen}>
                    <button
                      type="button"
                      ref={(el) => {
                        if (el) days.current.set(d, el);
                        else days.current.delete(d);
                      }}
                      className={mergeClasses(styles.day, d === chosen && styles.chosen)}
                      tabIndex={d === focused ? 0 : -1}
                      aria-label={dayLabel(d)}
                      onClick={() => onPick(d)}
                    >
                      {+d.slice(8, 10)}
                    </button>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** An arrow for 上个月 (back) and 下个月, drawn in the text's colour. Icon-only buttons stay narrow: a 320 px pane at 200% zoom. */
function ChevronIcon({ back = false }: { back?: boolean }) {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" focusable="false">
      <path d={back ? 'M12.35 15.85a.5.5 0 0 1-.7 0L6.16 10.4a.55.55 0 0 1 0-.78l5.49-5.46a.5.5 0 1 1 .7.7L7.2 10l5.16 5.15a.5.5 0 0 1 0 .7Z' : 'M7.65 4.15a.5.5 0 0 1 .7 0l5.49 5.46c.21.22.21.57 0 .78l-5.49 5.46a.5.5 0 0 1-.7-.7L12.8 10 7.65 4.85a.5.5 0 0 1 0-.7Z'} />
    </svg>
  );
}

/** A calendar page, drawn in the text's colour (Fluent's own icon set is not a dependency of the pane). */
function CalendarIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true" focusable="false">
      <path d="M6.5 2a.5.5 0 0 1 .5.5V4h6V2.5a.5.5 0 0 1 1 0V4h1.5A1.5 1.5 0 0 1 17 5.5v10a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 3 15.5v-10A1.5 1.5 0 0 1 4.5 4H6V2.5a.5.5 0 0 1 .5-.5ZM4 8v7.5a.5.5 0 0 0 .5.5h11a.5.5 0 0 0 .5-.5V8H4Zm0-1h12V5.5a.5.5 0 0 0-.5-.5h-11a.5.5 0 0 0-.5.5V7Zm2 3h2v2H6v-2Zm3 0h2v2H9v-2Zm3 0h2v2h-2v-2Z" />
    </svg>
  );
}
