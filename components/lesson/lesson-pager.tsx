import Link from 'next/link';

interface PagerLesson {
  slug: string;
  title: string;
}

/** Links to the previous and next lessons in reading order. */
export function LessonPager({ previous, next }: { previous: PagerLesson | null; next: PagerLesson | null }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label="Lesson navigation" className="lesson-pager">
      {previous ? (
        <Link href={`/lessons/${previous.slug}`} rel="prev" className="pager-link pager-previous">
          <span className="pager-label">Previous lesson</span>
          <span className="pager-title">{previous.title}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={`/lessons/${next.slug}`} rel="next" className="pager-link pager-next">
          <span className="pager-label">Next lesson</span>
          <span className="pager-title">{next.title}</span>
        </Link>
      ) : (
        <span className="pager-end">You have reached the end of the course.</span>
      )}
    </nav>
  );
}
