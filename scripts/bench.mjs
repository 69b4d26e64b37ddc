// `npm run bench`: builds the site, then reports per route the first-load JavaScript
// (gzip) and Lighthouse performance and accessibility (median of 3 runs, Debian Chromium).
// Lighthouse runs on one route per page kind (a lesson with no simulator, one with each
// simulator, one track, ...) so the run stays near ten minutes; BENCH_ALL=1 runs it on every route.
// A report, not a test: it never fails on a number.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/browser.mjs';
import { OUT_DIR, builtBasePath, builtRoutes } from './lib/built-site.mjs';
import { benchAnnotator } from './lib/annotator-bench.mjs';
import { firstLoadJs } from './lib/first-load-js.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RESULTS_DIR = path.resolve('bench-results');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1);

const basePath = builtBasePath();
const routes = builtRoutes();
const { server, origin } = await startStaticServer({ basePath });
process.env.CHROME_PATH = CHROMIUM_PATH;
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });

// A page's kind: its route template, plus which simulators a lesson embeds.
const pageKind = (route) => {
  const template = route.replace(/^\/(lessons|tracks)\/(?!custom\/|builder\/)[^/]+\//, '/$1/[id]/');
  const html = fs.readFileSync(path.join(OUT_DIR, route, 'index.html'), 'utf8');
  return `${template}${html.includes('IRP flow simulator') ? '+irp' : ''}${html.includes('IRQL and lock lab') ? '+lab' : ''}`;
};
const seenKinds = new Set();
const lighthouseRoutes = new Set(
  routes.filter((route) => {
    if (process.env.BENCH_ALL === '1') return true;
    const kind = pageKind(route);
    if (seenKinds.has(kind)) return false;
    seenKinds.add(kind);
    return true;
  }),
);

const rows = [];
try {
  for (const route of routes) {
    const js = firstLoadJs(OUT_DIR, basePath, route);
    if (!lighthouseRoutes.has(route)) {
      rows.push({ route, scripts: js.scripts, firstLoadJsGzipBytes: js.gzip, firstLoadJsRawBytes: js.raw, lighthousePerformance: null, lighthouseAccessibility: null });
      continue;
    }
    const performance = [];
    const accessibility = [];
    for (let run = 0; run < RUNS; run += 1) {
      const result = await lighthouse(`${origin}${basePath}${route}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      });
      const categories = result?.lhr.categories;
      performance.push(Math.round((categories?.performance?.score ?? 0) * 100));
      accessibility.push(Math.round((categories?.accessibility?.score ?? 0) * 100));
    }
    rows.push({
      route,
      scripts: js.scripts,
      firstLoadJsGzipBytes: js.gzip,
      firstLoadJsRawBytes: js.raw,
      lighthousePerformance: median(performance),
      lighthouseAccessibility: median(accessibility),
      runs: { performance, accessibility },
    });
  }
} finally {
  await chrome.kill();
}

// The annotator: Monaco's on-demand code and the time to a ready editor, on the first lesson with a snippet.
const annotatorRoute = routes.find((r) => r.startsWith('/lessons/') && fs.readFileSync(path.join(OUT_DIR, r, 'index.html'), 'utf8').includes('data-snippet-id'));
const annotator = annotatorRoute ? await benchAnnotator({ origin, basePath, outDir: OUT_DIR, route: annotatorRoute, runs: Number(process.env.BENCH_ANNOTATOR_RUNS ?? 5) }) : null;
server.close();

// The simulators' own chunks: found by text only they contain, so the figure follows the code.
const chunksDir = path.join(OUT_DIR, '_next/static/chunks');
// Each marker is text from the simulator's view or engine, not from the lazy wrapper that lesson pages carry.
const chunkSize = (...markers) =>
  fs
    .readdirSync(chunksDir)
    .filter((f) => f.endsWith('.js') && markers.some((m) => fs.readFileSync(path.join(chunksDir, f), 'utf8').includes(m)))
    .reduce((sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(chunksDir, f)), { level: 9 }).length, 0);
const indexGzip = (file) => (fs.existsSync(path.join(OUT_DIR, file)) ? zlib.gzipSync(fs.readFileSync(path.join(OUT_DIR, file)), { level: 9 }).length : 0);
const dataFiles = { searchIndexGzipBytes: indexGzip('search-index.json'), questionBankGzipBytes: indexGzip('question-bank.json') };
const simulators = {
  irpFlowGzipBytes: chunkSize('Unknown IRP scenario', 'IoCopyCurrentIrpStackLocationToNext copies stack location'),
  lockLabGzipBytes: chunkSize('Unknown lock lab scenario', 'lock-order-deadlock'),
};

const header = ['Route', 'Scripts', 'First-load JS (gzip)', 'Lighthouse perf', 'Lighthouse a11y'];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map(() => '---').join('|')}|`,
  ...rows.map((r) => `| ${r.route} | ${r.scripts} | ${kb(r.firstLoadJsGzipBytes)} KiB | ${r.lighthousePerformance ?? '–'} | ${r.lighthouseAccessibility ?? '–'} |`),
].join('\n');
console.log(`\nRing Zero bench (Lighthouse: default mobile preset, median of ${RUNS}, on ${lighthouseRoutes.size} of ${routes.length} routes, one per page kind; base path "${basePath || '/'}")\n`);
console.log(table);
console.log(`\nSimulator chunks (gzip, loaded only by lessons that embed them): IRP flow ${kb(simulators.irpFlowGzipBytes)} KiB, lock lab ${kb(simulators.lockLabGzipBytes)} KiB.`);
console.log(`Loaded on first use (gzip): search index ${kb(dataFiles.searchIndexGzipBytes)} KiB, question bank ${kb(dataFiles.questionBankGzipBytes)} KiB.`);
if (annotator) {
  console.log(`\nAnnotator on ${annotator.route}: Monaco on demand ${kb(annotator.onDemand.jsGzipBytes)} KiB JS + ${kb(annotator.onDemand.cssGzipBytes)} KiB CSS (gzip, ${annotator.onDemand.scripts} scripts);`);
  console.log(`click "Annotate" to a ready editor: median ${annotator.medianMs} ms of ${annotator.runs.length} cold loads (${annotator.runs.join(', ')} ms).`);
}

fs.mkdirSync(RESULTS_DIR, { recursive: true });
const report = { measuredAt: new Date().toISOString(), basePath, lighthouseRuns: RUNS, chromium: CHROMIUM_PATH, routes: rows, annotator, simulators, dataFiles };
fs.writeFileSync(path.join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to ${path.relative(process.cwd(), path.join(RESULTS_DIR, 'bench.json'))}`);
