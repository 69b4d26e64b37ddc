import type { Metadata } from 'next';
import Link from 'next/link';
import { getCourse } from '@/lib/content';

export const metadata: Metadata = { title: 'Glossary', description: 'Every term the course uses, A to Z, with the lessons that teach it.' };

export default function GlossaryPage() {
  const course = getCourse();
  const terms = [...course.glossary].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  // Lessons that mark a term with <Term>, added to those the entry names itself.
  const lessonsFor = (id: string, named: string[]) => course.lessons.filter((l) => named.includes(l.slug) || l.termIds.includes(id));
  const letters = [...new Set(terms.map((t) => t.term[0]?.toUpperCase() ?? '#'))];
  return (
    <main id="main" className="progress-page glossary">
      <h1>Glossary</h1>
      <nav aria-label="Letters" className="glossary-letters">
        {letters.map((l) => (
          <a key={l} href={`#letter-${l}`}>
            {l}
          </a>
        ))}
      </nav>
      {letters.map((letter) => (
        <section key={letter} aria-labelledby={`letter-${letter}`}>
          <h2 id={`letter-${letter}`}>{letter}</h2>
          <dl>
            {terms
              .filter((t) => (t.term[0]?.toUpperCase() ?? '#') === letter)
              .map((t) => {
                const lessons = lessonsFor(t.id, t.lessons);
                return (
                  <div key={t.id} id={`term-${t.id}`} className="glossary-entry">
                    <dt>
                      {t.term}
                      {t.aka.length ? <span className="glossary-aka"> ({t.aka.join(', ')})</span> : null}
                    </dt>
                    <dd>
                      <p>{t.definition}</p>
                      {lessons.length ? (
                        <p className="glossary-lessons">
                          Taught in:{' '}
                          {lessons.map((l, i) => (
                            <span key={l.slug}>
                              {i > 0 ? ', ' : ''}
                              <Link href={`/lessons/${l.slug}`}>{l.title}</Link>
                            </span>
                          ))}
                        </p>
                      ) : null}
                      {t.references.map((r) => (
                        <p key={r.title} className="glossary-source">
                          Source: {r.url ? <a href={r.url} rel="noreferrer">{r.title}</a> : r.title}
                        </p>
                      ))}
                    </dd>
                  </div>
                );
              })}
          </dl>
        </section>
      ))}
    </main>
  );
}
