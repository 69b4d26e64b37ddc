import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import type { SearchDocument } from '@/lib/search/search-options';
import { splitSections } from '@/lib/search/mdx-text';
import { splitFrontmatter } from './mdx-scan';
import { getCourse } from './index';

/** Everything search covers, read from the validated course: lesson sections, snippet code, glossary terms. */
export function searchDocuments(root = process.cwd()): SearchDocument[] {
  const course = getCourse();
  const docs: SearchDocument[] = [];
  for (const lesson of course.lessons) {
    const source = fs.readFileSync(path.join(root, 'lessons', lesson.dir, 'lesson.mdx'), 'utf8');
    const body = splitFrontmatter(source)?.body ?? '';
    splitSections(body, lesson.headings).forEach((section, i) => {
      docs.push({
        id: `lesson:${lesson.slug}:${i}`,
        kind: 'lesson',
        title: lesson.title,
        heading: section.heading,
        url: `/lessons/${lesson.slug}${section.headingId ? `#${section.headingId}` : ''}`,
        text: i === 0 ? `${lesson.summary} ${section.text}` : section.text,
      });
    });
  }
  for (const snippet of course.snippets.values()) {
    const lesson = course.lessons.find((l) => l.snippetIds.includes(snippet.id)) ?? course.lessons.find((l) => l.slug === snippet.lessonSlug);
    docs.push({
      id: `code:${snippet.id}`,
      kind: 'code',
      title: lesson?.title ?? snippet.lessonSlug,
      heading: snippet.file.split('/').pop() ?? snippet.id,
      url: `/lessons/${lesson?.slug ?? snippet.lessonSlug}#snippet-${snippet.id}`,
      text: `${snippet.notes?.title ?? ''} ${snippet.code}`.replace(/\s+/g, ' ').trim(),
    });
  }
  for (const term of course.glossary) {
    docs.push({ id: `term:${term.id}`, kind: 'term', title: term.term, heading: term.aka.join(', '), url: `/glossary#term-${term.id}`, text: term.definition });
  }
  return docs;
}
