/** @jest-environment jsdom */
/**
 * The pane's date control (jsdom): a text box that reads dates the Chinese way and says in Chinese
 * why what is typed is not a date yet, and a 选择日期 button opening a month calendar worked by
 * keyboard.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { DateField } from '../../src/taskpane/shared/components/DateField';
import { prepareFluentJsdom } from './fluentJsdom';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);
jest.setTimeout(15_000);

/** A DateField holding its text as the ledger panel does; `changes` records every onChange. */
function renderField(initial: string) {
  const changes: string[] = [];
  function Holder() {
    const [text, setText] = useState(initial);
    return (
      <DateField
        label="截止日期"
        hint="按此日期计算蓝、黄、红"
        value={text}
        onChange={(t) => {
          changes.push(t);
          setText(t);
        }}
      />
    );
  }
  render(
    <FluentProvider theme={webLightTheme}>
      <Holder />
    </FluentProvider>,
  );
  return { changes };
}

const input = () => screen.getByLabelText('截止日期') as HTMLInputElement;
/** What the field says under the box; null when it says nothing. */
const message = () => input().closest('.fui-Field')?.querySelector('.fui-Field__validationMessage')?.textContent ?? null;
const calendarButton = () => screen.getByLabelText('选择日期', { selector: 'button' });
const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
const focusedLabel = () => document.activeElement?.getAttribute('aria-label');
const key = (k: string, init: Partial<KeyboardEventInit> = {}) => fireEvent.keyDown(document.activeElement as Element, { key: k, ...init });

async function openCalendar(): Promise<HTMLElement> {
  fireEvent.click(calendarButton());
  return waitFor(() => {
    const d = dialog();
    if (d === null) throw new Error('the calendar did not open');
    return d;
  });
}

describe('DateField: typing', () => {
  it('is a plain text box showing the date as written, one Tab stop, and a calendar button after it', () => {
    renderField('2020-07-01');
    expect(input().type).toBe('text');
    expect(input().value).toBe('2020-07-01');
    expect(message()).toBeNull();
    const field = input().closest('.fui-Field') as HTMLElement;
    const tabbable = Array.from(field.querySelectorAll<HTMLElement>('input, button, [tabindex]')).filter((el) => el.tabIndex >= 0);
    expect(tabbable.map((el) => el.getAttribute('aria-label') ?? el.tagName)).toEqual(['INPUT', '选择日期']);
  });

  it('reads 2020/7/1, 2020年7月1日 and full-width digits, and writes them 2020-07-01 on leaving the box or Enter', () => {
    const { changes } = renderField('');
    expect(message()).toBe('请输入日期，如 2020-07-01、2020/7/1 或 2020年7月1日');
    fireEvent.change(input(), { target: { value: '2020/7/1' } });
    expect(message()).toBeNull();
    fireEvent.blur(input());
    expect(input().value).toBe('2020-07-01');

    fireEvent.change(input(), { target: { value: '２０２０年７月２日' } });
    expect(message()).toBeNull();
    fireEvent.keyDown(input(), { key: 'Enter' });
    expect(input().value).toBe('2020-07-02');

    fireEvent.change(input(), { target: { value: '2020年7月3日' } });
    fireEvent.blur(input());
    expect(changes).toEqual(['2020/7/1', '2020-07-01', '２０２０年７月２日', '2020-07-02', '2020年7月3日', '2020-07-03']);
  });

  it('says in Chinese why the text is not a date, and leaves it as typed', () => {
    const { changes } = renderField('2020-07-01');
    const cases: Array<[string, string]> = [
      ['2020-0', '日期还没输完，请按 2020-07-01、2020/7/1 或 2020年7月1日 输入'],
      ['2020-02-30', '2020年2月30日不存在'],
      ['0002-07-01', '年份应在 1900 至 2099 之间，现为 0002'],
      ['2100-01-01', '年份应在 1900 至 2099 之间，现为 2100'],
      ['07/01/2020', '不是有效日期，请按 2020-07-01、2020/7/1 或 2020年7月1日 输入'],
    ];
    for (const [text, why] of cases) {
      fireEvent.change(input(), { target: { value: text } });
      fireEvent.blur(input());
      expect([text, input().value, message()]).toEqual([text, text, why]);
      expect(input().getAttribute('aria-invalid')).toBe('true');
    }
    expect(changes).toEqual(cases.map(([text]) => text));
  });
});

describe('DateField: the calendar', () => {
  it('opens on the date in the box, in Chinese, weeks from Monday, and moves by keyboard', async () => {
    const { changes } = renderField('2020-07-01');
    const calendar = await openCalendar();
    expect(calendar.getAttribute('aria-label')).toBe('选择日期');
    const grid = within(calendar).getByRole('grid');
    expect(grid.getAttribute('aria-label')).toBe('2020年7月');
    expect(Array.from(grid.querySelectorAll('th')).map((th) => th.textContent)).toEqual(['一', '二', '三', '四', '五', '六', '日']);
    // July 2020 starts on a Wednesday.
    expect(Array.from(grid.querySelectorAll('tbody tr:first-child td')).map((td) => td.textContent)).toEqual(['', '', '1', '2', '3', '4', '5']);
    await waitFor(() => expect(focusedLabel()).toBe('2020年7月1日'));
    // One Tab stop in the grid: the focused day.
    expect(Array.from(grid.querySelectorAll('button')).filter((b) => b.tabIndex === 0).map((b) => b.getAttribute('aria-label'))).toEqual(['2020年7月1日']);
    expect(grid.querySelector('[aria-selected="true"]')?.textContent).toBe('1');

    const moves: Array<[string, Partial<KeyboardEventInit>, string, string]> = [
      ['ArrowLeft', {}, '2020年6月30日', '2020年6月'],
      ['ArrowRight', {}, '2020年7月1日', '2020年7月'],
      ['ArrowDown', {}, '2020年7月8日', '2020年7月'],
      ['ArrowUp', {}, '2020年7月1日', '2020年7月'],
      ['End', {}, '2020年7月5日', '2020年7月'],
      ['Home', {}, '2020年6月29日', '2020年6月'],
      ['PageDown', {}, '2020年7月29日', '2020年7月'],
      ['PageUp', {}, '2020年6月29日', '2020年6月'],
      ['PageUp', { shiftKey: true }, '2019年6月29日', '2019年6月'],
      ['PageDown', { shiftKey: true }, '2020年6月29日', '2020年6月'],
    ];
    for (const [k, init, day, month] of moves) {
      act(() => void key(k, init));
      await waitFor(() => expect([k, focusedLabel(), within(calendar).getByRole('grid').getAttribute('aria-label')]).toEqual([k, day, month]));
    }
    act(() => void key('Enter'));
    await waitFor(() => expect(dialog()).toBeNull());
    expect(input().value).toBe('2020-06-29');
    expect(changes).toEqual(['2020-06-29']);
    expect(document.activeElement).toBe(calendarButton());
  });

  it('closes on Esc, changing nothing, and gives the focus back to its button', async () => {
    const { changes } = renderField('2020年7月1日');
    await openCalendar();
    await waitFor(() => expect(focusedLabel()).toBe('2020年7月1日'));
    act(() => void key('ArrowRight'));
    await waitFor(() => expect(focusedLabel()).toBe('2020年7月2日'));
    act(() => void key('Escape'));
    await waitFor(() => expect(dialog()).toBeNull());
    expect(document.activeElement).toBe(calendarButton());
    expect(input().value).toBe('2020年7月1日');
    expect(changes).toEqual([]);
  });

  it('turns the month with 上个月 and 下个月, and picks a day by click', async () => {
    const { changes } = renderField('2020-01-31');
    const calendar = await openCalendar();
    const grid = () => within(calendar).getByRole('grid');
    fireEvent.click(within(calendar).getByLabelText('下个月'));
    // January 31st has no February counterpart: the last day of February.
    expect(grid().getAttribute('aria-label')).toBe('2020年2月');
    expect(within(grid()).getAllByRole('button').map((b) => b.tabIndex).filter((t) => t === 0)).toHaveLength(1);
    expect(grid().querySelector('button[tabindex="0"]')?.getAttribute('aria-label')).toBe('2020年2月29日');
    fireEvent.click(within(calendar).getByLabelText('上个月'));
    fireEvent.click(within(calendar).getByLabelText('上个月'));
    expect(grid().getAttribute('aria-label')).toBe('2019年12月');
    fireEvent.click(within(grid()).getByLabelText('2019年12月25日'));
    await waitFor(() => expect(dialog()).toBeNull());
    expect(changes).toEqual(['2019-12-25']);
    expect(input().value).toBe('2019-12-25');
  });

  it('opens on the last date the box held while the text is not a date', async () => {
    renderField('2020-03-15');
    fireEvent.change(input(), { target: { value: '2021-0' } });
    const calendar = await openCalendar();
    expect(within(calendar).getByRole('grid').getAttribute('aria-label')).toBe('2020年3月');
    // Nothing marked as chosen: the box holds no date.
    expect(calendar.querySelector('[aria-selected="true"]')).toBeNull();
  });
});
