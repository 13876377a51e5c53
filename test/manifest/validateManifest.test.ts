/**
 * `npm run validate` (scripts/validate-manifest.js) on the real manifest and on broken copies:
 * a broken manifest must fail with a message that names the element, in Chinese and English.
 * Its requirement-set check runs here on small source samples and small Office.js typings.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');
const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'duban-manifest-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validate(text: string, args: string[] = []): { status: number | null; stderr: string; stdout: string } {
  const file = path.join(dir, `manifest-${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [SCRIPT, file, ...args], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** The manifest with one element (and its content) removed. */
const without = (element: string) => manifest.replace(new RegExp(`\\s*<${element}>[\\s\\S]*?</${element}>`), '');

describe('npm run validate', () => {
  it('passes the project manifest', () => {
    const r = validate(manifest);
    expect(r.stderr).not.toContain('✗');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('清单检查通过');
  });

  it.each([
    ['Permissions', '缺少必需元素 <Permissions>'],
    ['ProviderName', '缺少必需元素 <ProviderName>'],
    ['Hosts', '缺少必需元素 <Hosts>'],
  ])('fails when <%s> is removed, naming it', (element, message) => {
    const r = validate(without(element));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('清单无效 / manifest invalid');
  });

  it('fails on a wider permission than ReadWriteDocument', () => {
    const r = validate(manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>ReadWriteMailbox</Permissions>'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('<Permissions> 应为 ReadWriteDocument，实际为 "ReadWriteMailbox"');
  });

  it('fails on a plain-http or placeholder URL', () => {
    const http = validate(manifest.replace(/https:\/\/localhost:3000\/taskpane\.html/g, 'http://localhost:3000/taskpane.html'));
    expect(http.status).toBe(1);
    expect(http.stderr).toContain('http://localhost:3000/taskpane.html：必须使用 https');
    const placeholder = validate(manifest.replace(/https:\/\/localhost:3000\/taskpane\.html/g, 'https://www.contoso.com/taskpane.html'));
    expect(placeholder.status).toBe(1);
    expect(placeholder.stderr).toContain('是示例占位域名');
  });

  it('fails on XML that is not well-formed, with the line', () => {
    const r = validate(manifest.replace('</Permissions>', ''));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/XML 格式错误 \/ the XML is not well-formed: 第 \d+ 行/);
  });
});

/** Small Office.js typings in the shape of @types/office-js: doc comments carry the sets. */
const OFFICE_DTS = `
declare namespace Office {
    /**
     * Represents the add-in.
     */
    const addin: Addin;
    interface Addin {
        /**
         * Shows the task pane associated with the add-in.
         *
         * @remarks
         * **Requirement set**: {@link https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets | SharedRuntime 1.1}
         */
        showAsTaskpane(): Promise<void>;
    }
}
declare namespace Excel {
    class Range {
        /**
         * Returns a RangeAreas object that represents the merged areas in this range.
         *
         * @remarks
         * [Api set: ExcelApi 1.13]
         */
        getMergedAreasOrNullObject(): Excel.RangeAreas;
        /**
         * Queues up a command to load the specified properties of the object.
         */
        load(propertyNames?: string): Excel.Range;
        /**
         * A member also named like an array method.
         *
         * @remarks
         * [Api set: ExcelApi 1.16]
         */
        map(): void;
        /**
         * A member also named like the pane's own state.
         *
         * @remarks
         * [Api set: ExcelApi 1.16]
         */
        busy: boolean;
    }
    class TableCollection {
        /**
         * Gets a table by name or ID.
         *
         * @remarks
         * [Api set: ExcelApi 1.14]
         */
        getItem(key: string): Excel.Table;
    }
    class WorksheetCollection {
        /**
         * Gets a worksheet object using its name or ID.
         *
         * @remarks
         * [Api set: ExcelApi 1.1]
         */
        getItem(key: string): Excel.Worksheet;
    }
    interface RunOptions {
        /**
         * Determines whether the batch requests should be merged to one undo group.
         * @remarks
         * [Api set: ExcelApi 1.20]
         */
        mergeUndoGroup?: boolean;
    }
}
declare namespace Word {
    class Range {
        /**
         * Word's own member of the same name: not an Excel add-in's.
         *
         * @remarks
         * [Api set: WordApi 1.1]
         */
        getMergedAreasOrNullObject(): void;
    }
}
`;

/** The project's manifest with these <Set> elements in <Requirements>. */
const withSets = (sets: string) => manifest.replace(/<Sets DefaultMinVersion="1\.1">[\s\S]*?<\/Sets>/, `<Sets DefaultMinVersion="1.1">${sets}</Sets>`);
const ALL_SETS = '<Set Name="ExcelApi" MinVersion="1.13" /><Set Name="SharedRuntime" MinVersion="1.1" /><Set Name="CustomFunctionsRuntime" MinVersion="1.2" />';

/** A source tree (src/office/…) with these files, checked against the small typings. */
function sources(files: Record<string, string>): string[] {
  const root = mkdtempSync(path.join(dir, 'src-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  const dts = path.join(root, 'office.d.ts');
  writeFileSync(dts, OFFICE_DTS);
  return ['--root', root, '--office-dts', dts];
}

const READ_MERGES = `export async function readMerges(context: Excel.RequestContext) {
  const range = context.workbook.worksheets.getItem('台账').getRange();
  const merged = range.getMergedAreasOrNullObject().load('areas/items/address');
  await context.sync();
  return merged;
}
`;

describe('npm run validate: requirement sets against the code', () => {
  it('passes when the manifest declares the sets the code uses', () => {
    const r = validate(withSets(ALL_SETS), sources({ 'src/office/readMerges.ts': READ_MERGES }));
    expect(r.stderr).not.toContain('✗');
    expect(r.status).toBe(0);
  });

  it('fails a manifest that declares too low an ExcelApi, naming the member, its set and the file', () => {
    const sets = ALL_SETS.replace('MinVersion="1.13"', 'MinVersion="1.1"');
    const r = validate(withSets(sets), sources({ 'src/office/readMerges.ts': READ_MERGES }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      '清单声明 ExcelApi 1.1，但代码用到 getMergedAreasOrNullObject（ExcelApi 1.13，src/office/readMerges.ts） / ' +
        'the manifest declares ExcelApi 1.1, but the code uses getMergedAreasOrNullObject (ExcelApi 1.13, src/office/readMerges.ts)',
    );
  });

  it('fails a manifest that does not declare ExcelApi at all', () => {
    const r = validate(withSets('<Set Name="SharedRuntime" MinVersion="1.1" /><Set Name="CustomFunctionsRuntime" MinVersion="1.2" />'), sources({ 'src/office/readMerges.ts': READ_MERGES }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('清单未声明 ExcelApi，但代码用到 getMergedAreasOrNullObject（ExcelApi 1.13，src/office/readMerges.ts）');
  });

  it('takes the lowest set of a name declared in several places (getItem: ExcelApi 1.1 and 1.14)', () => {
    const code = `export const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem('台账');\n`;
    const r = validate(withSets(ALL_SETS.replace('MinVersion="1.13"', 'MinVersion="1.1"')), sources({ 'src/office/sheet.ts': code }));
    expect(r.stderr).not.toContain('✗');
    expect(r.status).toBe(0);
  });

  it('does not count comments, strings, array methods, or code that does not talk to Office', () => {
    const office = `// range.getMergedAreasOrNullObject() would need ExcelApi 1.13
export function rows(context: Excel.RequestContext, values: number[]) {
  const label = 'see range.getMergedAreasOrNullObject()';
  const pattern = /x.getMergedAreasOrNullObject/;
  return [context, label, pattern, \`\${values.map((v) => v + 1).join(',')}.getMergedAreasOrNullObject\`];
}
`;
    const pane = `export const busyText = (state: { busy: boolean }) => (state.busy ? '忙' : '');\n`;
    const r = validate(withSets(ALL_SETS.replace('MinVersion="1.13"', 'MinVersion="1.1"')), sources({ 'src/office/rows.ts': office, 'src/taskpane/busyText.ts': pane }));
    expect(r.stderr).not.toContain('✗');
    expect(r.status).toBe(0);
  });

  it('checks SharedRuntime and CustomFunctionsRuntime too', () => {
    const commands = `export const show = () => Office.addin.showAsTaskpane();\n`;
    const functions = `export const fail = (reason: string) => new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, reason);\n`;
    const r = validate(
      withSets('<Set Name="ExcelApi" MinVersion="1.13" /><Set Name="CustomFunctionsRuntime" MinVersion="1.1" />'),
      sources({ 'src/commands/show.ts': commands, 'src/functions/fail.ts': functions }),
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('清单未声明 SharedRuntime，但代码用到 showAsTaskpane（SharedRuntime 1.1，src/commands/show.ts）');
    expect(r.stderr).toContain(
      '清单声明 CustomFunctionsRuntime 1.1，但代码用到 CustomFunctions.Error（CustomFunctionsRuntime 1.2，src/functions/fail.ts）',
    );
  });

  it('allows a use the script lists as feature-checked, and only where it is listed', () => {
    const guarded = `export const runOptions = (options: Excel.RunOptions) => (options.mergeUndoGroup ? options : undefined);\n`;
    const listed = validate(withSets(ALL_SETS), sources({ 'src/office/officeWorkbook.ts': guarded }));
    expect(listed.stderr).not.toContain('✗');
    expect(listed.status).toBe(0);
    const unlisted = validate(withSets(ALL_SETS), sources({ 'src/office/elsewhere.ts': guarded }));
    expect(unlisted.status).toBe(1);
    expect(unlisted.stderr).toContain('清单声明 ExcelApi 1.13，但代码用到 mergeUndoGroup（ExcelApi 1.20，src/office/elsewhere.ts）');
  });
});
