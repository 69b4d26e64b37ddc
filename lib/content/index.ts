import 'server-only';
import { loadCourse } from './load-course';
import type { Course, CourseModule, Lesson, Snippet } from './course-types';

export type { Course, CourseModule, Lesson, Snippet } from './course-types';
export type { Heading } from './mdx-scan';

let cached: Course | null = null;

/** The validated course, read once per build. A content error fails the build. */
export function getCourse(): Course {
  cached ??= loadCourse(process.cwd());
  return cached;
}

export function getLesson(slug: string): Lesson | undefined {
  return getCourse().lessons.find((l) => l.slug === slug);
}

export function getModule(slug: string): CourseModule | undefined {
  return getCourse().modules.find((m) => m.slug === slug);
}

export function getTerm(id: string) {
  return getCourse().glossary.find((t) => t.id === id);
}

export function getSnippet(id: string): Snippet | undefined {
  return getCourse().snippets.get(id);
}

/** The lessons before and after `slug` in reading order, across module boundaries. */
export function getNeighbours(slug: string): { previous: Lesson | null; next: Lesson | null } {
  const lessons = getCourse().lessons;
  const index = lessons.findIndex((l) => l.slug === slug);
  return {
    previous: index > 0 ? (lessons[index - 1] ?? null) : null,
    next: index >= 0 ? (lessons[index + 1] ?? null) : null,
  };
}
