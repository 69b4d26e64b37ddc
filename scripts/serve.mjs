// `npm run serve`: serves the built course on localhost (run `npm run build` first).
import fs from 'node:fs';
import { basePathFromEnv, startStaticServer } from './lib/static-server.mjs';

if (!fs.existsSync('out/index.html')) {
  console.error('No build found in out/. Run `npm run build` first (or `npm start`, which builds and serves).');
  process.exit(1);
}
const { url } = await startStaticServer({
  basePath: basePathFromEnv(),
  host: process.env.HOST ?? '127.0.0.1',
  port: Number(process.env.PORT ?? 3000),
});
console.log(`Ring Zero is being served at ${url}  (Ctrl+C to stop)`);
