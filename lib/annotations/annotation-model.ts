import type { Annotation } from './annotation-schema';

/** What a note is written against: a snippet's id, text and content hash. */
export interface SnippetRef {
  id: string;
  code: string;
  hash: string;
}

export interface LineRange {
  startLine: number;
  endLine: number;
}

/** A range with its ends in order and inside 1..lineCount; null when it cannot be. */
export function normaliseRange(a: number, b: number, lineCount: number): LineRange | null {
  if (!Number.isInteger(a) || !Number.isInteger(b) || lineCount < 1) return null;
  const startLine = Math.min(a, b);
  const endLine = Math.max(a, b);
  if (startLine < 1 || endLine > lineCount) return null;
  return { startLine, endLine };
}

export function rangesOverlap(a: LineRange, b: LineRange): boolean {
  return a.startLine <= b.endLine && b.startLine <= a.endLine;
}

export function codeLines(code: string): string[] {
  return code.replace(/\r\n/g, '\n').split('\n');
}

/** A new note on a snippet's lines, remembering the snippet's hash and the lines' text. */
export function createAnnotation(snippet: SnippetRef, range: LineRange, text: string, now: Date, id: string): Annotation {
  const at = now.toISOString();
  return {
    id,
    snippetId: snippet.id,
    startLine: range.startLine,
    endLine: range.endLine,
    text: text.trim(),
    createdAt: at,
    updatedAt: at,
    snippetHash: snippet.hash,
    lineText: codeLines(snippet.code).slice(range.startLine - 1, range.endLine),
  };
}

/** True when the snippet's text changed since the note was written: the lines may have moved. */
export function isStale(note: Annotation, currentHash: string): boolean {
  return note.snippetHash !== currentHash;
}

/** A snippet's live notes (not deleted), ordered by line, then by when they were written. */
export function notesFor(notes: readonly Annotation[], snippetId: string): Annotation[] {
  return notes
    .filter((n) => n.snippetId === snippetId && !n.deletedAt)
    .sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine || a.createdAt.localeCompare(b.createdAt));
}

/** The live notes that cover a line. */
export function notesOnLine(notes: readonly Annotation[], line: number): Annotation[] {
  return notes.filter((n) => !n.deletedAt && n.startLine <= line && line <= n.endLine);
}

export function rangeLabel(range: LineRange): string {
  return range.startLine === range.endLine ? `Line ${range.startLine}` : `Lines ${range.startLine}–${range.endLine}`;
}

/** Combines two copies of the notes: union by id, the later update (or deletion) wins. */
export function mergeAnnotations(a: readonly Annotation[], b: readonly Annotation[]): Annotation[] {
  const byId = new Map<string, Annotation>();
  const stamp = (n: Annotation) => (n.deletedAt && n.deletedAt > n.updatedAt ? n.deletedAt : n.updatedAt);
  for (const note of [...a, ...b]) {
    const seen = byId.get(note.id);
    if (!seen || stamp(note) > stamp(seen) || (stamp(note) === stamp(seen) && note.deletedAt && !seen.deletedAt)) byId.set(note.id, note);
  }
  return [...byId.values()].sort((x, y) => x.id.localeCompare(y.id));
}
