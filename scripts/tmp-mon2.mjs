import { startSite } from '../__tests__/e2e/support.mjs';
const site = await startSite();
const page = await site.context.newPage();
await page.setViewportSize({ width: 1200, height: 1000 });
page.on('console', (m) => console.log('CONSOLE', m.type(), m.text().slice(0, 300)));
page.on('worker', (w) => console.log('WORKER', w.url()));
await page.goto(site.at('/lessons/life-of-an-irp/'), { waitUntil: 'networkidle' });
const fig = page.locator('figure.snippet').first();
const box1 = await fig.locator('[data-line="10"]').boundingBox();
await fig.getByRole('button', { name: 'Annotate' }).click();
await fig.locator('.monaco-editor .view-lines').waitFor();
const box2 = await fig.locator('.view-line').nth(9).boundingBox();
console.log('line10 static', box1, 'monaco', box2);
// select a word to trigger word highlight; move the mouse for hover
await page.waitForTimeout(3000);
console.log('workers', page.workers().map((w) => w.url()));
await site.stop();
