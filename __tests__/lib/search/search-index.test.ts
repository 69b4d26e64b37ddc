/** @jest-environment node */
import MiniSearch from 'minisearch';
import { searchDocuments } from '@/lib/content/search-documents';
import { excerpt, mdxToText, splitSections } from '@/lib/search/mdx-text';
import { SEARCH_OPTIONS, type SearchDocument } from '@/lib/search/search-options';

describe('splitSections and mdxToText', () => {
  it('splits at ## and ### headings, ignores headings in code fences, and drops MDX components', () => {
    const body = 'Intro with a <Term id="irql">IRQL</Term>.\n\n## First\n\nText **bold** <Snippet id="x" />\n\n```c\n## not a heading\n```\n\n### Second\n\nMore [link](https://x).';
    const sections = splitSections(body, [{ text: 'First', id: 'first' }, { text: 'Second', id: 'second' }]);
    expect(sections.map((s) => [s.headingId, s.text])).toEqual([
      [null, 'Intro with a IRQL.'],
      ['first', 'Text bold c not a heading'],
      ['second', 'More link.'],
    ]);
    expect(mdxToText('<Callout kind="note">\n\nA &lt;= B\n\n</Callout>')).toBe('A <= B');
  });
});

describe('excerpt', () => {
  it('cuts around the first match and marks every match', () => {
    const text = `${'a '.repeat(100)}call IoCallDriver then IoCallDriver again ${'b '.repeat(100)}`;
    const cut = excerpt(text, ['IoCallDriver']);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.marks).toHaveLength(2);
    expect(cut.text.slice(...(cut.marks[0] as [number, number]))).toBe('IoCallDriver');
  });
});

describe('the search index over the course', () => {
  const docs = searchDocuments();

  it('covers lesson sections with their heading anchors, snippet code, and glossary terms', () => {
    expect(docs.some((d) => d.kind === 'lesson' && d.url.startsWith('/lessons/spin-locks#'))).toBe(true);
    expect(docs.filter((d) => d.kind === 'code').length).toBeGreaterThan(10);
    expect(docs.some((d) => d.kind === 'term' && d.url === '/glossary#term-irql')).toBe(true);
  });

  it('finds an API name in prose and code, and round-trips through JSON as the browser loads it', () => {
    const built = new MiniSearch(SEARCH_OPTIONS);
    built.addAll(docs);
    const loaded = MiniSearch.loadJSON<SearchDocument>(JSON.stringify(built), SEARCH_OPTIONS);
    const hits = loaded.search('IoSetCompletionRoutine');
    expect(hits.length).toBeGreaterThan(2);
    expect(hits.map((h) => h.kind)).toEqual(expect.arrayContaining(['lesson', 'code']));
    expect(hits.some((h) => String(h.url).startsWith('/lessons/life-of-an-irp#'))).toBe(true);
  });
});
