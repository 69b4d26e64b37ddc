'use client';

import { useEffect } from 'react';
import { useCourseStore } from '@/lib/store/course-store';

/**
 * Records the visit, and the heading being read, once saved progress is loaded.
 * The heading is the last one scrolled past the top third of the screen.
 */
export function LessonTracker({ slug }: { slug: string }) {
  const hydrated = useCourseStore((s) => s.hydrated);
  const visitLesson = useCourseStore((s) => s.visitLesson);
  const readHeading = useCourseStore((s) => s.readHeading);

  useEffect(() => {
    if (hydrated) visitLesson(slug);
  }, [hydrated, slug, visitLesson]);

  useEffect(() => {
    if (!hydrated || typeof IntersectionObserver === 'undefined') return;
    const headings = [...document.querySelectorAll<HTMLElement>('.prose h2[id], .prose h3[id]')];
    let current: string | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          // A heading leaving through the top means the reader is now in its section.
          if (!entry.isIntersecting && entry.boundingClientRect.top < 0 && entry.target.id !== current) {
            current = entry.target.id;
            readHeading(slug, current);
          }
        }
      },
      { rootMargin: '0px 0px -66% 0px' },
    );
    for (const h of headings) observer.observe(h);
    return () => observer.disconnect();
  }, [hydrated, slug, readHeading]);

  return null;
}
