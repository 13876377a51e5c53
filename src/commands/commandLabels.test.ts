import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COMMAND_LABELS } from './commandLabels';

const manifest = readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');

/** [FunctionName, button label] of each ExecuteFunction button in manifest.xml. */
function executeFunctionButtons(): Array<[string, string]> {
  return (manifest.match(/<Control [\s\S]*?<\/Control>/g) ?? []).flatMap((control): Array<[string, string]> => {
    const name = /<Action xsi:type="ExecuteFunction">\s*<FunctionName>([^<]+)<\/FunctionName>/.exec(control)?.[1];
    if (name === undefined) return [];
    const resid = /<Label resid="([^"]+)"/.exec(control)?.[1] ?? '';
    const label = new RegExp(`<bt:String id="${resid.replace(/\./g, '\\.')}" DefaultValue="([^"]*)"`).exec(manifest)?.[1] ?? `(no string ${resid})`;
    return [[name, label]];
  });
}

describe('ribbon command labels', () => {
  it('the manifest has the buttons 重新着色 and 生成本月通报, run as applyColors and monthlyBulletin', () => {
    expect(executeFunctionButtons()).toEqual([
      ['applyColors', '重新着色'],
      ['monthlyBulletin', '生成本月通报'],
    ]);
  });

  it('reports each button’s failure under the label the button shows', () => {
    for (const [name, label] of executeFunctionButtons()) expect([name, COMMAND_LABELS[name]]).toEqual([name, label]);
  });
});
