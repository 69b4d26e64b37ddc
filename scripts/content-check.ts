// `npm run content:check [-- --json]`: validates lessons/ exactly as the build does.
import { ContentError } from '../lib/content/content-error';
import { courseStats, loadCourse } from '../lib/content/load-course';

const json = process.argv.includes('--json');

try {
  const stats = courseStats(loadCourse(process.cwd()));
  if (json) {
    process.stdout.write(`${JSON.stringify(stats)}\n`);
  } else {
    console.log('Course content is valid.');
    for (const [kind, count] of Object.entries(stats)) {
      console.log(`  ${kind.padEnd(14)} ${typeof count === 'number' ? count : JSON.stringify(count)}`);
    }
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
