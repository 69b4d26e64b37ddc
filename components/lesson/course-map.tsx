import Link from 'next/link';

interface MapModule {
  slug: string;
  order: number;
  title: string;
  lessons: { slug: string; title: string }[];
}

/** Every module and lesson, with the lesson being read marked as the current page. */
export function CourseMap({ modules, currentSlug }: { modules: MapModule[]; currentSlug?: string }) {
  return (
    <nav aria-labelledby="course-map-heading" className="course-map" id="course-map">
      <h2 id="course-map-heading" className="course-map-heading">
        Course contents
      </h2>
      <ol className="course-map-modules">
        {modules.map((mod) => (
          <li key={mod.slug}>
            <span className="course-map-module">
              <span className="module-number">Module {mod.order}</span> {mod.title}
            </span>
            <ol className="course-map-lessons">
              {mod.lessons.map((lesson) => (
                <li key={lesson.slug}>
                  <Link
                    href={`/lessons/${lesson.slug}`}
                    aria-current={lesson.slug === currentSlug ? 'page' : undefined}
                  >
                    {lesson.title}
                  </Link>
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ol>
    </nav>
  );
}
