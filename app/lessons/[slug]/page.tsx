import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumbs } from '@/components/lesson/breadcrumbs';
import { CourseMap } from '@/components/lesson/course-map';
import { LessonPager } from '@/components/lesson/lesson-pager';
import { References } from '@/components/lesson/references';
import { TableOfContents } from '@/components/lesson/table-of-contents';
import { LessonHeading } from '@/components/lesson/lesson-heading';
import { Prerequisites } from '@/components/lesson/prerequisites';
import { LessonCompletion } from '@/components/progress/lesson-completion';
import { LessonTracker } from '@/components/progress/lesson-tracker';
import { KnowledgeCheck } from '@/components/quiz/knowledge-check';
import { lessonMetas } from '@/lib/content/lesson-meta';
import { getCourse, getLesson, getModule, getNeighbours } from '@/lib/content';
import { renderQuiz } from '@/lib/content/render-quiz';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().lessons.map((lesson) => ({ slug: lesson.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  return lesson ? { title: lesson.title, description: lesson.summary } : {};
}

export default async function LessonPage({ params }: Props) {
  const { slug } = await params;
  const lesson = getLesson(slug);
  const mod = lesson && getModule(lesson.moduleSlug);
  if (!lesson || !mod) notFound();

  const { default: Body } = (await import(`@/lessons/${lesson.dir}/lesson.mdx`)) as typeof import('*.mdx');
  const { previous, next } = getNeighbours(slug);
  const quiz = await renderQuiz(lesson);
  const metas = lessonMetas(getCourse());
  const meta = metas.find((m) => m.slug === lesson.slug) ?? { slug: lesson.slug, title: lesson.title, hasQuiz: quiz !== null };
  const prerequisites = metas.filter((m) => lesson.prerequisites.includes(m.slug));
  const headingText = (id?: string) => lesson.headings.find((h) => h.id === id)?.text ?? id ?? '';

  return (
    <div className="lesson-layout">
      <a href="#course-map" className="jump-to-map">
        Course contents
      </a>
      <main id="main" className="lesson">
        <Breadcrumbs module={mod} lesson={lesson} />
        <header className="lesson-header">
          <p className="lesson-kicker">
            Module {mod.order} · {lesson.minutes} min read
          </p>
          <h1>{lesson.title}</h1>
          <p className="lede">{lesson.summary}</p>
        </header>
        <LessonTracker slug={lesson.slug} />
        <Prerequisites prerequisites={prerequisites} />
        <section aria-labelledby="objectives-heading" className="objectives">
          <h2 id="objectives-heading">You will be able to</h2>
          <ul>
            {lesson.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </section>
        <TableOfContents headings={lesson.headings} />
        <article className="prose">
          <Body
            components={{
              h2: ({ id, children }) => <LessonHeading level={2} id={id} lessonSlug={lesson.slug} text={headingText(id)}>{children}</LessonHeading>,
              h3: ({ id, children }) => <LessonHeading level={3} id={id} lessonSlug={lesson.slug} text={headingText(id)}>{children}</LessonHeading>,
            }}
          />
        </article>
        {quiz ? <KnowledgeCheck quiz={quiz} /> : null}
        <LessonCompletion lesson={meta} />
        <References references={lesson.references} />
        <LessonPager previous={previous} next={next} />
      </main>
      <CourseMap modules={getCourse().modules} currentSlug={lesson.slug} />
    </div>
  );
}
