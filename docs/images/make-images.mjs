// Makes the README pictures of the worksheets: the first page of each kind (PDF, through pdftoppm) and the
// HTML worksheet in Chromium at desktop and phone widths. Run after `npm run build`:
//   node docs/images/make-images.mjs
// Needs poppler-utils (pdftoppm) and Debian's chromium. Look at every picture before committing it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const images = join(root, 'docs', 'images');
const work = mkdtempSync(join(tmpdir(), 'rubricate-images-'));
const values = ['--set', 'district=Peñasco ISD', '--set', 'school=Nguyễn Thị Hương Elementary'];
const rubricate = (...args) =>
  execFileSync(process.execPath, [join(root, 'bin', 'rubricate.js'), ...args], { stdio: 'pipe' });

// [picture, rubric, kind] at 60 dpi: the 24×36 in wall chart comes out 1440×2160 px, about 100 KB.
const pages = [
  ['self-assessment', '2025', 'self-assessment'],
  ['action-plan', '2021', 'action-plan'],
  ['large-chart', '2025', 'large-chart'],
];
for (const [name, rubric, kind] of pages) {
  const pdf = join(work, `${name}.pdf`);
  rubricate('render', rubric, '--kind', kind, ...values, '-o', pdf);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, join(work, name)]);
  renameSync(join(work, `${name}.png`), join(images, `${name}.png`));
}

const html = join(work, 'worksheet.html');
rubricate('render', '2025', '--format', 'html', ...values, '-o', html);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [name, width, height] of [
  ['html-desktop', 1280, 800],
  ['html-phone', 390, 844],
]) {
  const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(html).href);
  await page.screenshot({ path: join(images, `${name}.png`) });
  await page.close();
}
await browser.close();
rmSync(work, { recursive: true, force: true });

for (const name of ['self-assessment', 'action-plan', 'large-chart', 'html-desktop', 'html-phone']) {
  const size = statSync(join(images, `${name}.png`)).size;
  console.log(`${name}.png ${(size / 1024).toFixed(0)} KB${size > 250 * 1024 ? '  (over 250 KB!)' : ''}`);
}
