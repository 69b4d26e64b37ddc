import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="not-found">
      <h1>Page not found</h1>
      <p>There is no lesson or page at this address. It may have been renamed, or the link may be mistyped.</p>
      <p>
        <Link href="/">Go to the course contents</Link>
      </p>
    </main>
  );
}
