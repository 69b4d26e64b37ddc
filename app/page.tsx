import Link from 'next/link';
import { CourseOverview, LessonBadge, ModuleProgress } from '@/components/progress/course-progress';
import { ReviewDue } from '@/components/checks/review-session';
import { getCourse } from '@/lib/content';
import { lessonMetas } from '@/lib/content/lesson-meta';

export default function HomePage() {
  const course = getCourse();
  const { modules, lessons } = course;
  const metas = lessonMetas(course);
  const metaOf = (slug: string) => metas.find((m) => m.slug === slug) ?? { slug, title: slug, hasQuiz: false };
  const minutes = lessons.reduce((sum, l) => sum + l.minutes, 0);
  const first = lessons[0];

  return (
    <main id="main" className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">Learn to write Windows kernel-mode drivers</h1>
        <p className="lede">
          Driver models, IRQL and locks, and the flow of an IRP, taught from Microsoft&rsquo;s documentation with original
          sample drivers you can read line by line.
        </p>
        <p className="course-facts">
          {modules.length} modules · {lessons.length} lessons · about {Math.round(minutes / 5) * 5} minutes of reading
        </p>
        {first ? (
          <Link href={`/lessons/${first.slug}`} className="button-primary">
            Start with “{first.title}”
          </Link>
        ) : null}
        <CourseOverview lessons={metas} />
        <ReviewDue />
      </section>

      <section aria-labelledby="modules-heading">
        <h2 id="modules-heading">Modules</h2>
        <ol className="module-list">
          {modules.map((mod) => (
            <li key={mod.slug} id={`module-${mod.slug}`} className="module-card">
              <h3>
                <span className="module-number">Module {mod.order}</span>
                {mod.title}
              </h3>
              <p>{mod.summary}</p>
              <ModuleProgress lessons={mod.lessons.map((l) => metaOf(l.slug))} label={mod.title} />
              <ol className="lesson-list">
                {mod.lessons.map((lesson) => (
                  <li key={lesson.slug}>
                    <Link href={`/lessons/${lesson.slug}`} className="lesson-link">
                      {lesson.title}
                    </Link>
                    <span className="lesson-minutes">{lesson.minutes} min</span>
                    <LessonBadge lesson={metaOf(lesson.slug)} />
                    <p className="lesson-summary">{lesson.summary}</p>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
