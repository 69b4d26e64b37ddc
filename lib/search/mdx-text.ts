/** A lesson section: its heading (id and text) and its prose as plain text. */
export interface Section {
  headingId: string | null;
  heading: string;
  text: string;
}

/** MDX reduced to readable text: components dropped or unwrapped, Markdown marks removed. */
export function mdxToText(mdx: string): string {
  return mdx
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<\/?(Callout|Diagram)\b[^>]*>/g, ' ')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*\|?\s*-{3,}.*$/gm, ' ')
    .replace(/[*`|>#]/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits an MDX body at its ## and ### headings (ignoring fenced code), with the ids the page gives them. */
export function splitSections(body: string, headings: { text: string; id: string }[]): Section[] {
  const sections: Section[] = [{ headingId: null, heading: '', text: '' }];
  let fence = false;
  let next = 0;
  const lines: string[][] = [[]];
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const heading = !fence && /^(#{2,3})\s+(.+?)\s*$/.exec(line);
    if (heading && headings[next]) {
      const h = headings[next++] as { text: string; id: string };
      sections.push({ headingId: h.id, heading: h.text, text: '' });
      lines.push([]);
      continue;
    }
    lines[lines.length - 1]?.push(line);
  }
  return sections.map((s, i) => ({ ...s, text: mdxToText((lines[i] ?? []).join('\n')) })).filter((s) => s.text !== '' || s.headingId);
}

/** A short excerpt around the first match of any term, with the matches marked as [start, end) ranges. */
export function excerpt(text: string, terms: readonly string[], radius = 90): { text: string; marks: [number, number][] } {
  const pattern = terms.filter(Boolean).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  const first = pattern ? new RegExp(pattern, 'i').exec(text) : null;
  const start = Math.max(0, (first?.index ?? 0) - radius);
  const end = Math.min(text.length, (first?.index ?? 0) + radius * 2);
  const cut = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const marks: [number, number][] = [];
  if (pattern) for (const m of cut.matchAll(new RegExp(pattern, 'gi'))) marks.push([m.index, m.index + m[0].length]);
  return { text: cut, marks };
}
