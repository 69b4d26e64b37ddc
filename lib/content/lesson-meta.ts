import type { Course } from './course-types';

/** What progress components need about each lesson: its id, title and whether it has a check. */
export function lessonMetas(course: Course) {
  return course.lessons.map((l) => ({ slug: l.slug, title: l.title, hasQuiz: l.quiz !== null }));
}

/** Lesson facts a track needs: as above, plus each lesson's own pass mark. */
export function trackLessonMetas(course: Course) {
  return course.lessons.map((l) => ({ slug: l.slug, title: l.title, hasQuiz: l.quiz !== null, passMark: l.quiz?.passMark ?? 80 }));
}
