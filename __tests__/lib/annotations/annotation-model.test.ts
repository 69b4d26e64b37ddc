/** @jest-environment node */
import { createAnnotation, isStale, mergeAnnotations, normaliseRange, notesFor, notesOnLine, rangeLabel, rangesOverlap } from '@/lib/annotations/annotation-model';
import { annotationSchema } from '@/lib/annotations/annotation-schema';
import { notesToMarkdown } from '@/lib/annotations/markdown-export';

const hash = 'a'.repeat(64);
const snippet = { id: 'spin-lock-stats', code: 'line one\nline two\nline three\nline four\nline five', hash, file: 'spin-lock-stats.c' };
const at = new Date('2026-05-01T10:00:00.000Z');
const note = (id: string, start: number, end: number, text = 'Why this matters') => createAnnotation(snippet, { startLine: start, endLine: end }, text, at, id);

describe('normaliseRange', () => {
  it('orders the ends and keeps them inside the snippet', () => {
    expect(normaliseRange(5, 3, 5)).toEqual({ startLine: 3, endLine: 5 });
    expect(normaliseRange(0, 2, 5)).toBeNull();
    expect(normaliseRange(2, 6, 5)).toBeNull();
    expect(normaliseRange(1.5, 2, 5)).toBeNull();
  });
});

describe('rangesOverlap', () => {
  it('is true when the ranges share a line, including an edge', () => {
    expect(rangesOverlap({ startLine: 1, endLine: 3 }, { startLine: 3, endLine: 4 })).toBe(true);
    expect(rangesOverlap({ startLine: 1, endLine: 2 }, { startLine: 3, endLine: 4 })).toBe(false);
    expect(rangesOverlap({ startLine: 2, endLine: 2 }, { startLine: 1, endLine: 5 })).toBe(true);
  });
});

describe('createAnnotation', () => {
  it('keeps the snippet hash and the text of the noted lines, and passes the schema', () => {
    const n = note('n1', 3, 4, '  trimmed  ');
    expect(n).toMatchObject({ snippetId: 'spin-lock-stats', startLine: 3, endLine: 4, text: 'trimmed', snippetHash: hash, lineText: ['line three', 'line four'] });
    expect(annotationSchema.safeParse(n).success).toBe(true);
  });
});

describe('isStale', () => {
  it('flags a note written against other text of the snippet', () => {
    expect(isStale(note('n1', 1, 1), hash)).toBe(false);
    expect(isStale(note('n1', 1, 1), 'b'.repeat(64))).toBe(true);
  });
});

describe('notesFor and notesOnLine', () => {
  it('orders a snippet’s live notes by line and leaves out deleted ones', () => {
    const notes = [note('c', 4, 5), note('a', 1, 2), { ...note('b', 2, 2), deletedAt: '2026-05-02T00:00:00.000Z' }, { ...note('d', 1, 1), snippetId: 'other' }];
    expect(notesFor(notes, 'spin-lock-stats').map((n) => n.id)).toEqual(['a', 'c']);
    expect(notesOnLine(notes, 2).map((n) => n.id)).toEqual(['a']);
  });
});

describe('mergeAnnotations', () => {
  it('keeps notes from both and the later edit or deletion of each', () => {
    const original = note('n1', 1, 1, 'first');
    const edited = { ...original, text: 'edited', updatedAt: '2026-05-02T00:00:00.000Z' };
    const deleted = { ...original, deletedAt: '2026-05-03T00:00:00.000Z' };
    expect(mergeAnnotations([original], [edited])).toEqual([edited]);
    expect(mergeAnnotations([edited], [deleted])).toEqual([deleted]);
    expect(mergeAnnotations([deleted], [edited])).toEqual([deleted]);
    expect(mergeAnnotations([note('x', 1, 1)], [note('y', 2, 2)]).map((n) => n.id)).toEqual(['x', 'y']);
  });
});

describe('rangeLabel', () => {
  it('says Line or Lines', () => {
    expect(rangeLabel({ startLine: 3, endLine: 3 })).toBe('Line 3');
    expect(rangeLabel({ startLine: 3, endLine: 5 })).toBe('Lines 3–5');
  });
});

describe('notesToMarkdown', () => {
  it('groups notes by lesson and snippet and quotes their code lines', () => {
    const md = notesToMarkdown([note('n1', 2, 3, 'The **lock** is held here.')], [{ lessonTitle: 'Spin locks', snippet }], at);
    expect(md).toContain('## Spin locks\n\n### spin-lock-stats.c\n\n**Lines 2–3**\n\n```c\nline two\nline three\n```\n\nThe **lock** is held here.');
  });

  it('quotes the old lines of a note whose snippet has changed, and says so', () => {
    const md = notesToMarkdown([note('n1', 1, 1)], [{ lessonTitle: 'Spin locks', snippet: { ...snippet, code: 'new first line', hash: 'b'.repeat(64) } }], at);
    expect(md).toContain('(the snippet has changed since; these were the lines then)');
    expect(md).toContain('```c\nline one\n```');
  });

  it('uses a longer fence when the code has backticks', () => {
    const code = { ...snippet, code: 'a ``` b' };
    const md = notesToMarkdown([createAnnotation(code, { startLine: 1, endLine: 1 }, 'x', at, 'n1')], [{ lessonTitle: 'L', snippet: code }], at);
    expect(md).toContain('````c\na ``` b\n````');
  });

  it('says so when there are no notes', () => {
    expect(notesToMarkdown([], [{ lessonTitle: 'L', snippet }], at)).toContain('_No notes yet._');
  });
});
