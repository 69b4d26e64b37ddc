// `npm run test:e2e`: runs the end-to-end tests against the static export in out/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { assertBuilt } from '../lib/built-site.mjs';

assertBuilt();
const dir = path.resolve('__tests__/e2e');
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.e2e.mjs')).map((f) => path.join(dir, f));
const run = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
