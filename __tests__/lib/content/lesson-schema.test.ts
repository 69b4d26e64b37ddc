/** @jest-environment node */
import { lessonFrontmatterSchema } from '@/lib/content/lesson-schema';
import { moduleSchema } from '@/lib/content/module-schema';
import { snippetNotesSchema } from '@/lib/content/snippet-schema';
import { validFrontmatter } from '../../support/content-fixture';

describe('lessonFrontmatterSchema', () => {
  it('accepts a complete frontmatter and defaults optional lists', () => {
    const { prerequisites: _p, tags: _t, ...minimal } = validFrontmatter;
    expect(lessonFrontmatterSchema.parse(minimal)).toMatchObject({ prerequisites: [], tags: [] });
  });

  it.each([
    ['an unknown key', { ...validFrontmatter, author: 'me' }],
    ['an empty title', { ...validFrontmatter, title: '  ' }],
    ['no objectives', { ...validFrontmatter, objectives: [] }],
    ['fractional minutes', { ...validFrontmatter, minutes: 7.5 }],
    ['a reference outside Microsoft Learn', { ...validFrontmatter, references: [{ title: 'X', url: 'https://example.com/x' }] }],
    ['a reference with an unknown key', { ...validFrontmatter, references: [{ title: 'X', page: 'y' }] }],
    ['a prerequisite that is not a slug', { ...validFrontmatter, prerequisites: ['Spin Locks'] }],
  ])('rejects %s', (_name, data) => {
    expect(lessonFrontmatterSchema.safeParse(data).success).toBe(false);
  });
});

describe('moduleSchema', () => {
  it('accepts a title and summary, and nothing else', () => {
    expect(moduleSchema.safeParse({ title: 'A', summary: 'B' }).success).toBe(true);
    expect(moduleSchema.safeParse({ title: 'A', summary: 'B', order: 1 }).success).toBe(false);
  });
});

describe('snippetNotesSchema', () => {
  it('accepts notes on a line or a range', () => {
    const notes = { notes: [{ line: 1, text: 'a' }, { line: 2, endLine: 4, text: 'b' }] };
    expect(snippetNotesSchema.parse(notes).notes).toHaveLength(2);
  });

  it('rejects a range that ends before it starts, and line zero', () => {
    expect(snippetNotesSchema.safeParse({ notes: [{ line: 5, endLine: 4, text: 'a' }] }).success).toBe(false);
    expect(snippetNotesSchema.safeParse({ notes: [{ line: 0, text: 'a' }] }).success).toBe(false);
  });
});
