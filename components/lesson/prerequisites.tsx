import Link from 'next/link';
import { PrerequisiteMark } from '@/components/progress/lesson-completion';

interface Prerequisite {
  slug: string;
  title: string;
  hasQuiz: boolean;
}

/** The lessons this one builds on, as advice: nothing is locked. Each gets a done/not-done mark. */
export function Prerequisites({ prerequisites }: { prerequisites: Prerequisite[] }) {
  if (prerequisites.length === 0) return null;
  return (
    <aside className="prerequisites" aria-labelledby="prerequisites-heading">
      <p id="prerequisites-heading" className="prerequisites-heading">
        Builds on
      </p>
      <ul>
        {prerequisites.map((p) => (
          <li key={p.slug}>
            <PrerequisiteMark lesson={p} /> <Link href={`/lessons/${p.slug}`}>{p.title}</Link>
          </li>
        ))}
      </ul>
      <p className="prerequisites-hint">Nothing is locked: if these are new to you, reading them first will help.</p>
    </aside>
  );
}
