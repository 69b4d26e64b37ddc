/** @jest-environment node */
import { headingPlainText, scanMdxBody, splitFrontmatter } from '@/lib/content/mdx-scan';

describe('scanMdxBody', () => {
  it('lists level-2 and level-3 headings with the ids rehype-slug gives them', () => {
    const scan = scanMdxBody('## The `IoCallDriver` rule\n\n### Why?\n\n## Why?\n');
    expect(scan.headings).toEqual([
      { depth: 2, text: 'The IoCallDriver rule', id: 'the-iocalldriver-rule' },
      { depth: 3, text: 'Why?', id: 'why' },
      { depth: 2, text: 'Why?', id: 'why-1' },
    ]);
  });

  it('ignores headings and tags inside fenced code', () => {
    const scan = scanMdxBody('```c\n## not a heading\n<Bogus />\n```\n## Real\n');
    expect(scan.headings.map((h) => h.text)).toEqual(['Real']);
    expect(scan.problems).toEqual([]);
  });

  it('collects snippet ids and rejects unknown components', () => {
    const scan = scanMdxBody('<Snippet id="a-b" />\n\n<Widget />\n\nUse `<Fake>` in code.\n');
    expect(scan.snippetIds).toEqual(['a-b']);
    expect(scan.problems).toEqual(['body line 3: unknown component <Widget>']);
  });

  it('rejects a level-1 heading in the body', () => {
    expect(scanMdxBody('# Title again\n').problems).toEqual([expect.stringContaining('level-1')]);
  });
});

describe('splitFrontmatter', () => {
  it('separates the YAML from the body', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\nBody\n')).toEqual({ yaml: 'title: A', body: 'Body\n' });
  });

  it('returns null when there is no frontmatter', () => {
    expect(splitFrontmatter('Body only')).toBeNull();
  });
});

describe('headingPlainText', () => {
  it('drops links, code and emphasis marks', () => {
    expect(headingPlainText('**Use** [`KeAcquireSpinLock`](https://x) &lt;= DISPATCH_LEVEL')).toBe('Use KeAcquireSpinLock <= DISPATCH_LEVEL');
  });
});

describe('headingPlainText with code', () => {
  it('keeps underscores and stars inside code spans and identifiers', () => {
    expect(headingPlainText('Why `IRP_MJ_READ` runs at _PASSIVE_LEVEL_ and `*p`')).toBe('Why IRP_MJ_READ runs at PASSIVE_LEVEL and *p');
  });
});
