import Link from 'next/link';

/** Course › module › lesson, with the lesson as the current page. */
export function Breadcrumbs({ module, lesson }: { module: { slug: string; title: string }; lesson: { title: string } }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        <li>
          <Link href="/">Course</Link>
        </li>
        <li>
          <Link href={`/#module-${module.slug}`}>{module.title}</Link>
        </li>
        <li aria-current="page">{lesson.title}</li>
      </ol>
    </nav>
  );
}
