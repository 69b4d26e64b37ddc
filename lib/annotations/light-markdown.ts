/** A run of a note's text: plain, `code`, **strong** or *emphasis*. */
export type Inline = { kind: 'text' | 'code' | 'strong' | 'em'; text: string };

/**
 * Light Markdown for notes, parsed into plain data (never HTML): paragraphs split on blank lines,
 * and inline `code`, **strong** and *em* / _em_. Anything else, `<img onerror=…>` included, stays text.
 */
export function parseLightMarkdown(source: string): Inline[][] {
  return source
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map(parseInline);
}

const INLINE = /`([^`\n]+)`|\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|(?<![A-Za-z0-9])_([^_\n]+)_(?![A-Za-z0-9])/g;

function parseInline(paragraph: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of paragraph.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: paragraph.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'code', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'strong', text: m[2] });
    else out.push({ kind: 'em', text: m[3] ?? m[4] ?? '' });
    last = m.index + m[0].length;
  }
  if (last < paragraph.length) out.push({ kind: 'text', text: paragraph.slice(last) });
  return out;
}
