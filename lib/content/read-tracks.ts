import fs from 'node:fs';
import path from 'node:path';
import { type Track, trackProblems, trackSchema } from '@/lib/tracks/track-schema';
import type { Lesson } from './course-types';
import { UNPARSABLE, listDir, parseYamlText, type Reporter } from './read-files';

/** Reads and validates `lessons/tracks/*.yaml`; each file's name must be its track id. */
export function readTracks(absDir: string, lessons: Lesson[], reporter: Reporter): Track[] {
  if (!fs.existsSync(absDir)) return [];
  const slugs = new Set(lessons.map((l) => l.slug));
  const tracks: Track[] = [];
  for (const entry of listDir(absDir)) {
    const abs = path.join(absDir, entry.name);
    if (!entry.isFile() || !entry.name.endsWith('.yaml')) {
      reporter.report(abs, 'lessons/tracks/ holds only <track-id>.yaml files');
      continue;
    }
    const data = parseYamlText(fs.readFileSync(abs, 'utf8'), abs, reporter);
    if (data === UNPARSABLE) continue;
    const parsed = trackSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reporter.report(abs, issue.message, issue.path.join('.') || undefined);
      continue;
    }
    const track = parsed.data;
    if (`${track.id}.yaml` !== entry.name) reporter.report(abs, `the file name must be the track id (${track.id}.yaml)`, 'id');
    for (const problem of trackProblems(track, slugs)) reporter.report(abs, problem);
    tracks.push(track);
  }
  return tracks;
}
