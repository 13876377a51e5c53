/** @jest-environment jsdom */
/** The problem list's places: the cell or row, with its sheet when it is not the sheet in view. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ProblemItems, ProblemList } from '../../src/taskpane/shared/components/ProblemList';
import type { Problem } from '../../src/core/problems';
import { prepareFluentJsdom } from './fluentJsdom';

beforeAll(prepareFluentJsdom);
afterEach(cleanup);

const PROBLEMS: Problem[] = [
  { severity: 'error', code: 'date.unparseable', sheet: '督办台账', cell: 'E7', message: '交办时间无法识别：待定' },
  { severity: 'error', code: 'log.invalid', sheet: '督办单登记', cell: 'B3', row: 3, message: '颜色「绿」应为 蓝、黄 或 红，此行不计入' },
  { severity: 'error', code: 'notice.log-row-invalid', sheet: '督办单登记', row: 3, message: '此行有误（见该行的问题）' },
  { severity: 'warning', code: 'notice.no-head', message: '工作簿中没有「单位名册」表' },
];

describe('ProblemList', () => {
  it('names the place of each problem; one with a cell selects it', () => {
    const selected: string[] = [];
    render(
      <FluentProvider theme={webLightTheme}>
        <ProblemList problems={PROBLEMS} sheet="督办台账" onSelect={(sheet, cell) => selected.push(`${sheet}!${cell}`)} />
      </FluentProvider>,
    );
    const items = Array.from(document.querySelectorAll('li')).map((li) => li.textContent);
    expect(items).toEqual([
      '错误E7交办时间无法识别：待定',
      '错误督办单登记!B3颜色「绿」应为 蓝、黄 或 红，此行不计入',
      '错误督办单登记第3行此行有误（见该行的问题）',
      '提示工作簿中没有「单位名册」表',
    ]);
    expect(screen.getByText('问题 4 条').id).not.toBe('');
    fireEvent.click(screen.getByText('督办单登记!B3').closest('button') as HTMLElement);
    expect(selected).toEqual([`${PROBLEMS[1].sheet}!${PROBLEMS[1].cell}`]);
  });

  it('with no sheet in view, names every sheet, and a cell whose sheet is unknown is no button', () => {
    const orphan: Problem = { severity: 'warning', code: 'x', cell: 'C4', message: '无表名的单元格' };
    render(
      <FluentProvider theme={webLightTheme}>
        <ProblemItems problems={[PROBLEMS[0], orphan]} sheet={null} onSelect={() => undefined} />
      </FluentProvider>,
    );
    expect(Array.from(document.querySelectorAll('li')).map((li) => li.textContent)).toEqual(['错误督办台账!E7交办时间无法识别：待定', '提示无表名的单元格']);
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual(['督办台账!E7交办时间无法识别：待定']);
  });

  it('selects a cell that names no sheet on the sheet in view', () => {
    const selected: string[] = [];
    const bare: Problem = { severity: 'warning', code: 'x', cell: 'C4', message: '无表名的单元格' };
    render(
      <FluentProvider theme={webLightTheme}>
        <ProblemItems problems={[bare]} sheet="督办台账" onSelect={(sheet, cell) => selected.push(`${sheet}!${cell}`)} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByText('C4').closest('button') as HTMLElement);
    expect(selected).toEqual(['督办台账!C4']);
  });
});
