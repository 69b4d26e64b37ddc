/** @jest-environment node */
import path from 'node:path';
import { loadCourse } from '@/lib/content/load-course';

// The whole of lessons/, through the same validator as the build.
const course = loadCourse(path.resolve(__dirname, '../..'));

describe('course content', () => {
  it('validates', () => {
    expect(course.lessons.length).toBeGreaterThan(0);
  });

  it.each(course.lessons.map((l) => [l.slug, l] as const))('%s has headings for its table of contents and unique heading ids', (_slug, lesson) => {
    expect(lesson.headings.length).toBeGreaterThan(0);
    const ids = lesson.headings.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(course.lessons.map((l) => [l.slug, l] as const))('%s shows at least one snippet', (_slug, lesson) => {
    expect(lesson.snippetIds.length).toBeGreaterThan(0);
  });

  it('uses every snippet in some lesson', () => {
    const used = new Set(course.lessons.flatMap((l) => l.snippetIds));
    const unused = [...course.snippets.keys()].filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('names prerequisites that come earlier in reading order', () => {
    const position = new Map(course.lessons.map((l, i) => [l.slug, i]));
    for (const lesson of course.lessons) {
      for (const prereq of lesson.prerequisites) {
        expect(`${lesson.slug} after ${prereq}: ${(position.get(prereq) ?? Infinity) < (position.get(lesson.slug) ?? -1)}`).toBe(`${lesson.slug} after ${prereq}: true`);
      }
    }
  });
});
