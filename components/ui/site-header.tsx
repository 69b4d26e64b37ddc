import Link from 'next/link';
import { ThemeSelect } from './theme-select';

/** The bar at the top of every page. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <Link href="/" className="site-title">
        <span aria-hidden="true" className="site-logo">
          R0
        </span>
        Ring Zero
      </Link>
      <span className="site-tagline">Windows kernel-mode drivers, from IRQL to IRPs</span>
      <nav aria-label="Site" className="site-nav">
        <Link href="/">Course</Link>
        <Link href="/search" aria-keyshortcuts="/ Control+K">Search</Link>
        <Link href="/checks">Checks</Link>
        <Link href="/review">Review</Link>
        <Link href="/tracks">Tracks</Link>
        <Link href="/glossary">Glossary</Link>
        <Link href="/notes">Notes</Link>
        <Link href="/progress">Progress</Link>
      </nav>
      <ThemeSelect />
    </header>
  );
}
