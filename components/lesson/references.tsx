import type { Reference } from '@/lib/content/lesson-schema';

/** The Microsoft Learn pages and WDK headers a lesson rests on. */
export function References({ references }: { references: Reference[] }) {
  return (
    <section aria-labelledby="references-heading" className="references">
      <h2 id="references-heading">References</h2>
      <ul>
        {references.map((ref) => (
          <li key={ref.title}>
            {ref.url ? (
              <a href={ref.url} rel="noreferrer">
                {ref.title}
              </a>
            ) : /\.h$/.test(ref.title) ? (
              <code>{ref.title}</code>
            ) : (
              ref.title
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
