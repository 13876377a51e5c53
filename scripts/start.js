#!/usr/bin/env node
// npm start: on Windows and Mac with office-addin-debugging installed, sideload the add-in into
// Excel desktop and start the dev server; elsewhere, explain how to sideload by hand.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const MANIFEST = path.resolve(__dirname, '..', 'manifest.xml');

/** The CLI script of office-addin-debugging, or null when the optional package is absent. */
function debuggingCli() {
  try {
    const pkgFile = require.resolve('office-addin-debugging/package.json');
    const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin && pkg.bin['office-addin-debugging'];
    return bin ? path.resolve(path.dirname(pkgFile), bin) : null;
  } catch {
    return null;
  }
}

const HOW_TO_SIDELOAD = `
督办台账助手 — 手动加载（旁加载）/ sideloading by hand

先在另一个终端运行 npm run dev-server（https://localhost:3000），保持运行。
First run \`npm run dev-server\` (https://localhost:3000) in another terminal and keep it running.

Excel 网页版 / Excel on the web:
  打开工作簿 → 插入 > 加载项 > 上传我的加载项 → 选择 ${MANIFEST}
  Open a workbook → Insert > Add-ins > Upload My Add-in → choose manifest.xml.

Windows（Excel 桌面版 / desktop）:
  把 manifest.xml 放进一个共享文件夹（如 \\\\你的电脑\\addins），
  在 Excel 的 文件 > 选项 > 信任中心 > 信任中心设置 > 受信任的加载项目录 中添加该网络路径并勾选“显示在菜单中”，
  重启 Excel 后：插入 > 我的加载项 > 共享文件夹 → 督办台账助手。
  Share a folder holding manifest.xml, add its network path under File > Options > Trust Center >
  Trust Center Settings > Trusted Add-in Catalogs ("Show in Menu"), restart Excel, then
  Insert > My Add-ins > Shared Folder.

Mac（Excel 桌面版 / desktop）:
  cp manifest.xml ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/
  （wef 文件夹不存在就先创建 / create the wef folder if it does not exist），
  重启 Excel 后：插入 > 加载项 > 我的加载项 → 督办台账助手。
  Restart Excel, then Insert > Add-ins > My Add-ins.

在 Windows 或 Mac 上安装了 office-addin-debugging 时，npm start 会自动完成以上步骤。
On Windows or Mac with office-addin-debugging installed, npm start does all this for you.
`;

function main() {
  const cli = debuggingCli();
  if (cli && (process.platform === 'win32' || process.platform === 'darwin')) {
    const child = spawn(process.execPath, [cli, 'start', MANIFEST, 'desktop', '--app', 'excel'], { stdio: 'inherit' });
    child.on('error', (e) => {
      console.error(`无法启动 office-addin-debugging / could not start office-addin-debugging: ${e.message}`);
      console.log(HOW_TO_SIDELOAD);
      process.exitCode = 1;
    });
    child.on('exit', (code) => {
      process.exitCode = code ?? 1;
    });
    return;
  }
  if (!cli) console.log('未安装可选依赖 office-addin-debugging / the optional office-addin-debugging package is not installed.');
  console.log(HOW_TO_SIDELOAD);
}

main();
