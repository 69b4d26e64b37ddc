import type { Quiz } from '@/lib/quiz/question-schema';
import type { Track } from '@/lib/tracks/track-schema';
import type { GlossaryTerm } from './glossary-schema';
import type { Heading } from './mdx-scan';
import type { LessonFrontmatter } from './lesson-schema';
import type { ModuleMeta } from './module-schema';
import type { SnippetNotes } from './snippet-schema';

export interface Lesson extends LessonFrontmatter {
  /** Stable id and URL segment: the folder name without its number. */
  slug: string;
  /** Position in its module, from the folder's numeric prefix. */
  order: number;
  moduleSlug: string;
  /** Folder relative to `lessons/`, for example `01-foundations/02-choosing-a-driver-model`. */
  dir: string;
  headings: Heading[];
  snippetIds: string[];
  termIds: string[];
  simulations: { kind: 'IrpFlow' | 'LockLab'; scenario: string }[];
  /** The knowledge check from `quiz.yaml`, if the lesson has one. */
  quiz: Quiz | null;
}

export interface CourseModule extends ModuleMeta {
  slug: string;
  order: number;
  dir: string;
  lessons: Lesson[];
}

export interface Snippet {
  /** Stable id: the file name without `.c`, unique across the course. */
  id: string;
  /** Path relative to the project root. */
  file: string;
  lessonSlug: string;
  code: string;
  lineCount: number;
  /** SHA-256 of the code, so notes written against old text can be recognised. */
  hash: string;
  notes: SnippetNotes | null;
}

export interface Course {
  modules: CourseModule[];
  glossary: GlossaryTerm[];
  /** Onboarding tracks from lessons/tracks/*.yaml. */
  tracks: Track[];
  /** A fingerprint of all content, recorded in track reports as the course version. */
  version: string;
  /** Every lesson in reading order. */
  lessons: Lesson[];
  snippets: Map<string, Snippet>;
}
