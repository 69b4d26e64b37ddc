import type { Metadata } from 'next';
import { BookmarkList } from '@/components/notes/bookmark-list';
import { NotesOverview } from '@/components/notes/notes-overview';
import { getCourse } from '@/lib/content';

export const metadata: Metadata = { title: 'Your notes', description: 'Every note you have written on Ring Zero code samples.' };

export default function NotesPage() {
  const course = getCourse();
  // Snippets in reading order: by lesson, then by where each lesson shows them.
  const snippets = course.lessons.flatMap((lesson) =>
    [...new Set(lesson.snippetIds)].flatMap((id) => {
      const snippet = course.snippets.get(id);
      return snippet
        ? [{ lessonTitle: lesson.title, lessonSlug: lesson.slug, snippet: { id, file: snippet.file.split('/').pop() ?? id, code: snippet.code, hash: snippet.hash } }]
        : [];
    }),
  );
  return (
    <main id="main" className="progress-page">
      <h1>Your notes and bookmarks</h1>
      <BookmarkList lessonTitles={Object.fromEntries(course.lessons.map((l) => [l.slug, l.title]))} />
      <h2>Notes on code</h2>
      <NotesOverview snippets={snippets} />
    </main>
  );
}
